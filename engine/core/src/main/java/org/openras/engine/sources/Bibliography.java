package org.openras.engine.sources;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.openras.engine.catalogue.InvalidRuleSetException;
import org.openras.engine.catalogue.RuleStore;
import org.openras.engine.yaml.Yaml;
import tools.jackson.core.JacksonException;

/**
 * The rules' bibliography, {@code sources.yaml} at the root of a rule store: the documents ({@code
 * sources:}) and the free-text citations of published versions mapped to ids ({@code citations:}).
 *
 * <p>A citation is one or more parts joined by {@code ;}, each an id and an optional pinpoint:
 * {@code charging-regs-2014 reg 7(2)(a); care-statutory-guidance Annex C}. A text that is a key of
 * {@code citations:} resolves through the citation it maps to. The engine keeps every text as
 * written (results are replayed and compared); pages and the API resolve it when they show it.
 */
public final class Bibliography {
  /** The file at the root of a rule store. */
  public static final String FILE = RuleStore.BIBLIOGRAPHY;

  /** The id that names the citing version's own files. */
  public static final String THIS_VERSION = "this-version";

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)+");
  private static final Pattern KIND = Pattern.compile("primary|council|secondary|repository");
  private static final Bibliography EMPTY = new Bibliography(Map.of(), Map.of(), "(none)");

  private final Map<String, Source> sources;
  private final Map<String, String> citations;
  private final String file;

  private record FileShape(List<Source> sources, Map<String, String> citations) {}

  private Bibliography(Map<String, Source> sources, Map<String, String> citations, String file) {
    this.sources = sources;
    this.citations = citations;
    this.file = file;
  }

  /** A bibliography with no entries: every citation is unresolved. */
  public static Bibliography empty() {
    return EMPTY;
  }

  /** The bibliography of {@code store}, or an empty one when it has none. */
  public static Bibliography of(RuleStore store) {
    return store
        .bibliography()
        .map(bytes -> parse(bytes, store.describe() + " " + FILE))
        .orElse(EMPTY);
  }

  /**
   * Reads {@code sources.yaml}.
   *
   * @param file where it came from, for messages
   * @throws InvalidRuleSetException naming the file and the entry when it is malformed: a missing
   *     id, title, publisher or link, an id repeated or not of lower-case words joined by hyphens,
   *     an unknown kind, or a mapped citation that does not resolve
   */
  public static Bibliography parse(byte[] yaml, String file) {
    FileShape shape;
    try {
      shape = Yaml.mapper().readValue(yaml, FileShape.class);
    } catch (JacksonException e) {
      throw new InvalidRuleSetException(file, "cannot read the bibliography: " + e.getMessage(), e);
    }
    if (shape == null || shape.sources() == null || shape.sources().isEmpty()) {
      throw new InvalidRuleSetException(file, "the bibliography lists no sources");
    }
    Map<String, Source> byId = new LinkedHashMap<>();
    for (int i = 0; i < shape.sources().size(); i++) {
      Source s = shape.sources().get(i);
      String where = "source " + (i + 1) + (s.id() == null ? "" : " (" + s.id() + ")");
      if (s.id() == null || !ID.matcher(s.id()).matches()) {
        throw new InvalidRuleSetException(
            file, where + ": give it an id of lower-case words joined by hyphens");
      }
      if (blank(s.title()) || blank(s.publisher())) {
        throw new InvalidRuleSetException(file, where + ": give it a title and a publisher");
      }
      if (s.kind() == null || !KIND.matcher(s.kind()).matches()) {
        throw new InvalidRuleSetException(
            file, where + ": its kind must be primary, council, secondary or repository");
      }
      if (blank(s.url()) == blank(s.path())) {
        throw new InvalidRuleSetException(
            file, where + ": give it a url, or a path for a file of this repository, not both");
      }
      if (byId.putIfAbsent(s.id(), s) != null) {
        throw new InvalidRuleSetException(file, where + ": the id is listed twice");
      }
    }
    Map<String, String> mapped =
        shape.citations() == null ? Map.of() : new LinkedHashMap<>(shape.citations());
    Bibliography b =
        new Bibliography(
            Collections.unmodifiableMap(byId), Collections.unmodifiableMap(mapped), file);
    for (var e : mapped.entrySet()) {
      Resolution r = b.parts(e.getValue(), null, false);
      if (!r.resolved()) {
        throw new InvalidRuleSetException(
            file,
            "the citation \""
                + e.getKey()
                + "\" maps to \""
                + e.getValue()
                + "\", which does not resolve: "
                + String.join("; ", r.problems()));
      }
    }
    return b;
  }

  /** The documents, in the file's order. */
  public List<Source> sources() {
    return List.copyOf(sources.values());
  }

  public Optional<Source> source(String id) {
    return Optional.ofNullable(sources.get(id));
  }

  /** The free-text citations of published versions and the citations in id form they stand for. */
  public Map<String, String> legacyCitations() {
    return citations;
  }

  /** Where the bibliography was read from. */
  public String file() {
    return file;
  }

  public boolean isEmpty() {
    return sources.isEmpty();
  }

  /**
   * Resolves a citation without a citing version ({@code this-version} keeps its template path).
   */
  public Resolution resolve(String text) {
    return resolve(text, null);
  }

  /**
   * Resolves a citation as written in a rule or parameter.
   *
   * @param versionLocation the citing version ({@code ras/2025-04-01}), which {@code this-version}
   *     stands for; null when not known
   */
  public Resolution resolve(String text, String versionLocation) {
    if (text == null || text.isBlank()) {
      return new Resolution(text, List.of(), false, List.of("the citation is empty"));
    }
    String mapped = citations.get(text);
    if (mapped != null) {
      return parts(text, mapped, versionLocation, true);
    }
    return parts(text, versionLocation, false);
  }

  private Resolution parts(String text, String versionLocation, boolean legacy) {
    return parts(text, text, versionLocation, legacy);
  }

  private Resolution parts(String text, String idForm, String versionLocation, boolean legacy) {
    List<Citation> out = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (String part : idForm.split(";")) {
      String p = part.strip();
      if (p.isEmpty()) {
        problems.add("an empty part between semicolons");
        continue;
      }
      int space = p.indexOf(' ');
      String id = space < 0 ? p : p.substring(0, space);
      String pinpoint = space < 0 ? null : p.substring(space + 1).strip();
      Source s = sources.get(id);
      if (s != null) {
        out.add(new Citation(s, pinpoint, path(s, versionLocation)));
      } else if (ID.matcher(id).matches()) {
        problems.add("unknown source id '" + id + "'");
      } else {
        problems.add(
            "\""
                + p
                + "\" does not start with a source id and is not a citation of a published version");
      }
    }
    return new Resolution(text, problems.isEmpty() ? out : List.of(), legacy, problems);
  }

  private static String path(Source s, String versionLocation) {
    if (s.path() == null) {
      return null;
    }
    if (versionLocation != null && s.id().equals(THIS_VERSION)) {
      return "rules/" + versionLocation + "/";
    }
    return s.path();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
