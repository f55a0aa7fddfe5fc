package org.openras.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The check that a page or document a person reads holds nothing internal: no file name of the
 * rules or the project ({@code questionnaire.yaml}, {@code Ras.drl}, {@code DESIGN.md}), no rule id
 * ({@code RAS-010}), no build ({@code SNAPSHOT}), no research notes ("domain brief"), no name the
 * calculation uses ({@code condition1Met}, {@code rasBasis}: every camelCase key of the result and
 * its trace) and no code ({@code PHYSICAL_PERSONAL_CARE}: every upper-case code among the result's
 * values).
 */
public final class PersonFacingText {
  private static final List<Pattern> INTERNAL =
      List.of(
          Pattern.compile("\\b[\\w-]+\\.(ya?ml|drl|java|json|csv|xlsx|md)\\b"),
          Pattern.compile("\\b(RAS|CHG|ELIG|FACS|ADJ)-\\d{3}[a-z]?\\b"),
          Pattern.compile("SNAPSHOT"),
          Pattern.compile("(?i)domain brief"),
          Pattern.compile("(?i)rules engine"),
          Pattern.compile("\\b[a-z]+[0-9]*[A-Z][A-Za-z0-9]*\\b"),
          Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b"));

  private PersonFacingText() {}

  /** Fails naming each internal word found in {@code text}, read with the result it shows. */
  public static void assertNothingInternal(String text, Map<String, Object> result) {
    List<String> found = new ArrayList<>();
    for (Pattern p : INTERNAL) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        found.add(m.group() + "  …" + around(text, m.start()) + "…");
      }
    }
    for (String name : names(result)) {
      if (Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(text).find()) {
        found.add(name);
      }
    }
    assertThat(found).as("internal words on a page a person reads").isEmpty();
  }

  private static String around(String text, int at) {
    return text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 40));
  }

  /** The camelCase keys and the upper-case codes anywhere in the result. */
  static Set<String> names(Object node) {
    Set<String> out = new TreeSet<>();
    collect(node, out);
    return out;
  }

  private static void collect(Object node, Set<String> out) {
    if (node instanceof Map<?, ?> m) {
      m.forEach(
          (k, v) -> {
            String key = String.valueOf(k);
            if (key.matches("[a-z]+[0-9]*[A-Z][A-Za-z0-9]*")) {
              out.add(key);
            }
            collect(v, out);
          });
    } else if (node instanceof Collection<?> c) {
      c.forEach(v -> collect(v, out));
    } else if (node instanceof String s && s.matches("[A-Z][A-Z0-9]*_[A-Z0-9_]+")) {
      out.add(s);
    }
  }
}
