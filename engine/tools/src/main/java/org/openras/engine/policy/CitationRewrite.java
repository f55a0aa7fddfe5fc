package org.openras.engine.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openras.engine.sources.Bibliography;
import org.openras.engine.sources.Resolution;

/**
 * Rewrites an unpublished version's free-text citations (copied from a published version) to the
 * ids the bibliography maps them to: {@code @source("Charging Regulations 2014 reg 7 (single
 * 18-24)")} becomes {@code @source("charging-regs-2014 reg 7(2)(a)")}. Citations already in id form
 * stay; text the bibliography does not map is left and listed, for the policy officer to cite by
 * hand. Never run it on a published version: its files, and so its hash, would change.
 *
 * @param location the version ({@code ras/2026-04-01})
 * @param rewritten each citation rewritten
 * @param left each citation that does not resolve and was not rewritten, with why
 */
public record CitationRewrite(String location, List<Change> rewritten, List<Left> left) {

  /** One citation rewritten, at {@code file:line} inside the version. */
  public record Change(String file, int line, String what, String from, String to) {}

  /** One citation left as it is. */
  public record Left(String file, int line, String what, String text, String problem) {}

  public CitationRewrite {
    rewritten = List.copyOf(rewritten);
    left = List.copyOf(left);
  }

  /**
   * Rewrites the citations of the version in {@code folder} with the bibliography at the root of
   * its rule store ({@link VersionValidator#bibliographyFor}).
   */
  public static CitationRewrite rewrite(Path folder, boolean write) {
    return rewrite(
        folder, VersionValidator.bibliographyFor(VersionFolder.read(folder).store()), write);
  }

  /**
   * Rewrites the citations of the version in {@code folder}.
   *
   * @param write false to only report what would change
   * @throws IllegalArgumentException when {@code folder} is not a version folder
   */
  public static CitationRewrite rewrite(Path folder, Bibliography bibliography, boolean write) {
    VersionFolder v = VersionFolder.read(folder);
    Map<String, String[]> files = new LinkedHashMap<>();
    List<Change> changes = new ArrayList<>();
    List<Left> left = new ArrayList<>();
    for (VersionCitations.Cited c : VersionCitations.of(v.source())) {
      Resolution r = bibliography.resolve(c.text(), v.source().location());
      if (r.resolved() && !r.legacy()) {
        continue;
      }
      if (!r.resolved()) {
        left.add(new Left(c.file(), c.line(), c.what(), c.text(), String.join("; ", r.problems())));
        continue;
      }
      String to = bibliography.legacyCitations().get(c.text());
      String[] lines = files.computeIfAbsent(c.file(), f -> v.source().text(f).split("\n", -1));
      int i = c.line() - 1;
      String quoted = "\"" + c.text() + "\"";
      if (i >= 0 && i < lines.length && lines[i].contains(quoted)) {
        lines[i] = lines[i].replace(quoted, "\"" + to + "\"");
      } else if (i >= 0 && i < lines.length && lines[i].contains(c.text())) {
        lines[i] = lines[i].replace(c.text(), to);
      } else {
        left.add(
            new Left(
                c.file(),
                c.line(),
                c.what(),
                c.text(),
                "written over more than one line; replace it by hand with \"" + to + "\""));
        continue;
      }
      changes.add(new Change(c.file(), c.line(), c.what(), c.text(), to));
    }
    if (write) {
      Path dir = folder.toAbsolutePath().normalize();
      for (var f : files.entrySet()) {
        try {
          Files.writeString(
              dir.resolve(f.getKey()), String.join("\n", f.getValue()), StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot write " + dir.resolve(f.getKey()), e);
        }
      }
    }
    return new CitationRewrite(v.source().location(), changes, left);
  }

  /** In words: each change and each citation left, then the counts. */
  public String text() {
    StringBuilder out = new StringBuilder();
    for (Change c : rewritten) {
      out.append(
          String.format(
              "REWROTE %s/%s:%d %s: \"%s\" -> \"%s\"%n",
              location, c.file(), c.line(), c.what(), c.from(), c.to()));
    }
    for (Left l : left) {
      out.append(
          String.format(
              "LEFT %s/%s:%d %s: \"%s\": %s%n",
              location, l.file(), l.line(), l.what(), l.text(), l.problem()));
    }
    out.append(location)
        .append(": ")
        .append(rewritten.size())
        .append(rewritten.size() == 1 ? " citation rewritten, " : " citations rewritten, ")
        .append(left.size())
        .append(" left to cite by hand\n");
    return out.toString();
  }
}
