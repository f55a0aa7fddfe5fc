package org.openras.service.calculation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openras.engine.explain.Reason;
import org.openras.engine.json.Json;
import org.openras.engine.sources.Citation;
import org.openras.engine.yaml.Yaml;
import org.openras.service.ruleset.RuleSources;
import org.openras.service.web.Formats;
import org.springframework.stereotype.Component;

/**
 * Words for people (docs/adr/0025): each figure a rule reads or produces named in words and written
 * as money, a count, a share or yes and no; each step of a calculation as staff read it on "How
 * this was worked out", with the law or the council decision it rests on in words; and what the
 * person's statement says about eligibility. The words are in {@code words/plain-words.yaml},
 * beside the rule sets rather than in them, because a published version cannot change. Pages call
 * it as {@code @plain}; the rule ids, names and source texts stay in the record for the auditor's
 * view.
 */
@Component("plain")
public class PlainWords {
  static final String FILE = "words/plain-words.yaml";

  /** A figure's words and how its value is written. */
  public record Figure(String label, String kind) {}

  /** One figure on a step, in words. */
  public record Shown(String label, String value) {}

  /**
   * One step of a calculation in words.
   *
   * @param heading the area of need or outcome it is about, when it is about one, then the rule's
   *     sentence
   * @param produced what it worked out
   * @param read what it used
   * @param cited the law, guidance or council decision it rests on, in words, with a link where
   *     there is one
   */
  public record Step(String heading, List<Shown> produced, List<Shown> read, List<Cited> cited) {}

  /** One document a step rests on: its title and place in words, and where to read it. */
  public record Cited(String words, String url) {}

  private record Shape(
      Map<String, Figure> figures,
      Map<String, Object> eligibility,
      Map<String, String> limbs,
      Map<String, String> basis) {}

  private final Shape words;
  private final RuleSources sources;

  PlainWords(RuleSources sources) {
    this.sources = sources;
    this.words = load();
  }

  static Map<String, Figure> figures() {
    return load().figures();
  }

  private static Shape load() {
    try (InputStream in = PlainWords.class.getClassLoader().getResourceAsStream(FILE)) {
      if (in == null) {
        throw new IllegalStateException(FILE + " is missing from the service");
      }
      return Yaml.mapper().readValue(in.readAllBytes(), Shape.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The steps of a recorded result, in words, in the order they ran. */
  public List<Step> steps(Map<String, Object> result) {
    Map<String, String> domains = domainTitles(result);
    Map<String, String> outcomes = outcomeTitles(result);
    List<Step> out = new ArrayList<>();
    for (Object o : list(result.get("trace"))) {
      Map<String, Object> s = map(o);
      if (s == null) {
        continue;
      }
      Map<String, Object> read = map(s.get("read"));
      String about = null;
      if (read != null && read.get("domain") instanceof String d) {
        about = domains.getOrDefault(d, Formats.words(d));
      } else if (read != null && read.get("outcome") instanceof String c) {
        about = "Outcome: " + outcomes.getOrDefault(c, c);
      } else if (read != null && read.get("type") instanceof String t) {
        about = Formats.words(t);
      }
      String sentence = String.valueOf(s.get("rule"));
      out.add(
          new Step(
              about == null ? sentence : about + ": " + lowerFirst(sentence),
              shown(map(s.get("produced")), domains, outcomes),
              shown(read, domains, outcomes),
              cited((String) s.get("source"), (String) s.get("area"), (String) s.get("version"))));
    }
    return out;
  }

  /**
   * The steps of a review's trace, in words, in the order they ran: as {@link #steps(Map)} for a
   * calculation, for a trace without a calculation's result (a direct-payment statement's review).
   */
  public List<Step> steps(List<Reason> trace) {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("trace", Json.mapper().convertValue(trace, List.class));
    return steps(result);
  }

  /** A commitment a direct-payment rule read, named by its place in the statement and its kind. */
  private static final Pattern COMMITMENT = Pattern.compile("commitments\\[(\\d+)] (\\w+)");

  /** A figure's name in words; a name without words is split into words. */
  public String label(String name) {
    Figure f = words.figures().get(name);
    if (f != null) {
      return f.label();
    }
    Matcher c = COMMITMENT.matcher(name);
    if (c.matches()) {
      return "Commitment "
          + (Integer.parseInt(c.group(1)) + 1)
          + " ("
          + Formats.words(c.group(2)).toLowerCase(Locale.ROOT)
          + ")";
    }
    return Formats.words(name);
  }

  /** A figure's value as the page writes it. */
  public String value(String name, Object value) {
    Figure f = words.figures().get(name);
    return write(f == null ? "code" : f.kind(), value, Map.of(), Map.of());
  }

  /** What the person reads about an eligibility condition. */
  @SuppressWarnings("unchecked")
  public String condition(Object code, Object met) {
    Map<String, Object> conditions = (Map<String, Object>) words.eligibility().get("conditions");
    Map<String, String> c = (Map<String, String>) conditions.get(String.valueOf(code));
    if (c == null) {
      return "";
    }
    return Boolean.TRUE.equals(met) ? c.get("met") : c.get("notMet");
  }

  /**
   * A decision's citation for staff, in words: the documents {@link #cited} finds in {@code text}
   * for the version of {@code area} the result used, joined by "; " (empty when it rests on none
   * but the project's own documents, which are not shown).
   */
  public String citationWords(Map<String, Object> result, String area, Object text) {
    String version = null;
    for (Object o : list(result.get("ruleSets"))) {
      Map<String, Object> used = map(o);
      if (used != null && area.equals(used.get("area"))) {
        version = String.valueOf(used.get("version"));
      }
    }
    return String.join(
        "; ",
        cited(text == null ? null : String.valueOf(text), area, version).stream()
            .map(Cited::words)
            .toList());
  }

  /** What the person reads about their carer's eligibility condition. */
  @SuppressWarnings("unchecked")
  public String carerCondition(Object code, Object met) {
    Map<String, Object> carer = (Map<String, Object>) words.eligibility().get("carer");
    Map<String, Object> conditions = (Map<String, Object>) carer.get("conditions");
    Map<String, String> c = (Map<String, String>) conditions.get(String.valueOf(code));
    if (c == null) {
      return "";
    }
    return Boolean.TRUE.equals(met) ? c.get("met") : c.get("notMet");
  }

  /** What the person reads about their carer's eligibility decision. */
  @SuppressWarnings("unchecked")
  public String carerVerdict(Object eligible) {
    Map<String, Object> carer = (Map<String, Object>) words.eligibility().get("carer");
    return (String) carer.get(Boolean.TRUE.equals(eligible) ? "eligible" : "notEligible");
  }

  /**
   * What the person reads about a decision under Fair Access to Care Services: their band and the
   * council's threshold band, in words.
   */
  @SuppressWarnings("unchecked")
  public String facsVerdict(Object band, Object threshold, Object eligible) {
    Map<String, String> facs = (Map<String, String>) words.eligibility().get("facs");
    boolean none = band == null || "none".equalsIgnoreCase(String.valueOf(band));
    String text =
        none
            ? facs.get("noBand")
            : facs.get(Boolean.TRUE.equals(eligible) ? "eligible" : "notEligible");
    return text.replace("{band}", none ? "" : Formats.words(band).toLowerCase(Locale.ROOT))
        .replace("{threshold}", Formats.words(threshold).toLowerCase(Locale.ROOT));
  }

  /** What the person reads about the eligibility decision. */
  public String verdict(Object eligible) {
    return (String)
        words.eligibility().get(Boolean.TRUE.equals(eligible) ? "eligible" : "notEligible");
  }

  /** Why an outcome counts, said to the person: limbs joined with "or". */
  public String limbs(Object codes) {
    List<String> out = new ArrayList<>();
    for (Object c : list(codes)) {
      out.add(words.limbs().getOrDefault(String.valueOf(c), Formats.words(c).toLowerCase()));
    }
    return String.join(", and ", out);
  }

  /** The indicative budget's basis, in words. */
  public String basis(Object code) {
    return code == null
        ? ""
        : words.basis().getOrDefault(String.valueOf(code), Formats.words(code).toLowerCase());
  }

  /**
   * The documents a rule's source text cites, in words: the law, guidance and published council
   * policies from the bibliography, and the council's own rule set where the rule rests on a figure
   * the council decided. The project's own documents are left out: they are not a source of law or
   * of a council decision.
   */
  public List<Cited> cited(String text, String area, String version) {
    return cited(text, area, version, false);
  }

  /**
   * As {@link #cited(String, String, String)}, each document also named by its publisher and date
   * ("Direct payments guidance: recovering direct payments (St Helens Borough Council)"), for a
   * letter the person keeps, where the council's own pages are no link away.
   */
  public List<Cited> citedWithPublisher(String text, String area, String version) {
    return cited(text, area, version, true);
  }

  private List<Cited> cited(String text, String area, String version, boolean publisher) {
    List<Cited> out = new ArrayList<>();
    boolean council = false;
    for (Citation c : sources.cite(text, area, version)) {
      String kind = c.source().kind();
      if ("repository".equals(kind)) {
        council |= "this-version".equals(c.source().id());
        continue;
      }
      Cited cited = new Cited(publisher ? withPublisher(c) : inWords(c), c.source().url());
      if (!out.contains(cited)) {
        out.add(cited);
      }
    }
    if (council && area != null) {
      out.add(
          new Cited(
              "The council's decision, in its "
                  + areaWords(area)
                  + " rules in force from "
                  + Formats.date(version)
                  + (version != null && version.length() > 10 ? " (restated)" : ""),
              null));
    }
    return out;
  }

  private static String inWords(Citation c) {
    StringBuilder s = new StringBuilder(c.source().title());
    if (c.pinpoint() != null) {
      s.append(", ").append(c.pinpoint());
    }
    return s.toString();
  }

  /**
   * Title, place, publisher and date, the date in words as on every page ("22 October 2014"; a
   * year, or a month and year, as known): the engine's {@link Citation#inWords()} keeps the
   * bibliography's ISO text, which the auditor's trace shows.
   */
  static String withPublisher(Citation c) {
    StringBuilder s = new StringBuilder(inWords(c)).append(" (").append(c.source().publisher());
    String date = c.source().date();
    if (date != null) {
      s.append(", ").append(dateInWords(date));
    }
    return s.append(')').toString();
  }

  /** "2014-10-22" as "22 October 2014", "2014-10" as "October 2014", anything else as it is. */
  static String dateInWords(String date) {
    if (date.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return Formats.date(date);
    }
    if (date.matches("\\d{4}-\\d{2}")) {
      return YearMonth.parse(date).format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK));
    }
    return date;
  }

  static String areaWords(String area) {
    if (area.startsWith("councils/")) {
      return "charging";
    }
    if (area.startsWith("directpayments")) {
      return "direct payment";
    }
    return switch (area) {
      case "ras" -> "personal budget";
      case "contributions" -> "charging";
      case "eligibility" -> "eligibility";
      case "adjustments" -> "budget adjustment";
      default -> area;
    };
  }

  private List<Shown> shown(
      Map<String, Object> figures, Map<String, String> domains, Map<String, String> outcomes) {
    List<Shown> out = new ArrayList<>();
    if (figures == null) {
      return out;
    }
    figures.forEach(
        (name, value) -> {
          Figure f = words.figures().get(name);
          String kind =
              f != null ? f.kind() : COMMITMENT.matcher(name).matches() ? "money" : "code";
          if (!"hidden".equals(kind) && !"domain".equals(kind) && !"outcome".equals(kind)) {
            out.add(new Shown(label(name), write(kind, value, domains, outcomes)));
          }
        });
    return out;
  }

  private String write(
      String kind, Object value, Map<String, String> domains, Map<String, String> outcomes) {
    if (value == null) {
      return "none";
    }
    return switch (kind) {
      case "money" -> Formats.money(value);
      case "whole", "number" -> Formats.number(value);
      case "share" -> Formats.percent(value);
      case "yes-no" -> Boolean.TRUE.equals(value) || "true".equals(value) ? "yes" : "no";
      case "date" -> Formats.date(value);
      case "client-group" -> Formats.clientGroup(value);
      case "basis" -> basis(value);
      case "domain" -> domains.getOrDefault(String.valueOf(value), Formats.words(value));
      case "outcome" -> outcomes.getOrDefault(String.valueOf(value), String.valueOf(value));
      case "list" -> {
        List<String> parts = new ArrayList<>();
        for (Object v : list(value)) {
          String code = String.valueOf(v);
          parts.add(
              outcomes.containsKey(code)
                  ? outcomes.get(code)
                  : words.limbs().containsKey(code)
                      ? words.limbs().get(code)
                      : Formats.words(code).toLowerCase(Locale.ROOT));
        }
        yield parts.isEmpty() ? "none" : String.join("; ", parts);
      }
      default ->
          value instanceof Map<?, ?> || value instanceof List<?>
              ? String.valueOf(list(value).size())
              : Formats.words(value);
    };
  }

  private static Map<String, String> domainTitles(Map<String, Object> result) {
    Map<String, String> out = new LinkedHashMap<>();
    Map<String, Object> ras = map(result.get("ras"));
    if (ras != null) {
      for (Object o : list(ras.get("domains"))) {
        Map<String, Object> d = map(o);
        if (d != null) {
          out.put(String.valueOf(d.get("domain")), String.valueOf(d.get("title")));
        }
      }
    }
    return out;
  }

  private static Map<String, String> outcomeTitles(Map<String, Object> result) {
    Map<String, String> out = new LinkedHashMap<>();
    Map<String, Object> eligibility = map(result.get("eligibility"));
    if (eligibility == null) {
      return out;
    }
    for (String party : List.of("adult", "carer")) {
      Map<String, Object> p = map(eligibility.get(party));
      if (p != null) {
        for (Object o : list(p.get("outcomesCounted"))) {
          Map<String, Object> c = map(o);
          if (c != null) {
            out.put(String.valueOf(c.get("code")), String.valueOf(c.get("title")));
          }
        }
      }
    }
    return out;
  }

  private static String lowerFirst(String s) {
    if (s.length() > 1
        && Character.isUpperCase(s.charAt(0))
        && Character.isLowerCase(s.charAt(1))) {
      return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
    return s;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object o) {
    return o instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
  }

  static List<?> list(Object o) {
    return o instanceof List<?> l ? l : List.of();
  }
}
