package org.openras.service.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every name a rule of any version in rules/ reads or produces has words for people in
 * words/plain-words.yaml, so no page falls back to a variable name; and the words themselves are
 * free of names and codes.
 */
class PlainWordsTest {
  private static final Pattern NAMED = Pattern.compile("\\.(read|produced)\\(\"([a-zA-Z0-9]+)\"");

  @Test
  void everyNameARuleReadsOrProducesHasWords() throws IOException {
    Set<String> names = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("../rules"))) {
      // Direct-payment monitoring too: the finance officer's statement page shows its steps.
      for (Path f : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
        Matcher m = NAMED.matcher(Files.readString(f));
        while (m.find()) {
          names.add(m.group(2));
        }
      }
    }
    assertThat(names).hasSizeGreaterThan(50);
    Map<String, PlainWords.Figure> figures = PlainWords.figures();
    assertThat(figures.keySet()).containsAll(names);
    figures.forEach(
        (name, f) -> {
          assertThat(f.label()).as(name).isNotBlank().doesNotContainPattern("[a-z][A-Z]");
          assertThat(f.kind())
              .as(name)
              .isIn(
                  "money",
                  "whole",
                  "number",
                  "share",
                  "yes-no",
                  "date",
                  "code",
                  "domain",
                  "outcome",
                  "list",
                  "client-group",
                  "basis",
                  "hidden");
        });
  }

  @Test
  void aCitationsDateIsInWordsAsKnown() {
    assertThat(PlainWords.dateInWords("2014-10-22")).isEqualTo("22 October 2014");
    assertThat(PlainWords.dateInWords("2014-05")).isEqualTo("May 2014");
    assertThat(PlainWords.dateInWords("2014")).isEqualTo("2014");
    var source =
        new org.openras.engine.sources.Source(
            "care-act-guidance",
            "statutory",
            "Care and support statutory guidance",
            "Department" + " of Health and Social Care",
            "2014-10-22",
            null,
            null,
            null,
            null);
    assertThat(
            PlainWords.withPublisher(
                new org.openras.engine.sources.Citation(source, "para 11.8", null)))
        .isEqualTo(
            "Care and support statutory guidance, para 11.8 (Department of Health and Social Care,"
                + " 22 October 2014)");
  }
}
