package org.openras.service.web;

import java.util.Locale;
import java.util.Map;
import org.openras.engine.uprating.UpratingFigure;

/**
 * A figure's plain-English name for officers and assessors: its parameter's description (from
 * parameters.yaml, shortened to its first clause) and its key in words, such as "Minimum Income
 * Guarantee personal amount, single person aged 25 to pension credit age".
 */
public final class FigureWords {
  private static final Map<String, String> KEYS =
      Map.ofEntries(
          Map.entry("SINGLE_18_24", "single person aged 18 to 24"),
          Map.entry("SINGLE_25_TO_PENSION_AGE", "single person aged 25 to pension credit age"),
          Map.entry("SINGLE_PENSION_AGE", "single person of pension credit age"),
          Map.entry("LONE_PARENT_18_PLUS", "lone parent aged 18 or over"),
          Map.entry("COUPLE_18_PLUS_EACH", "each of a couple aged 18 or over"),
          Map.entry("COUPLE_PENSION_AGE_EACH", "each of a couple of pension credit age"),
          Map.entry("SINGLE", "single person"),
          Map.entry("COUPLE", "couple"));

  private FigureWords() {}

  public static String of(UpratingFigure f) {
    return name(f.description(), f.key());
  }

  /** The description's first clause, then the key in words when there is one. */
  public static String name(String description, String key) {
    String d = description == null ? "" : description.strip().replaceAll("\\s+", " ");
    d = d.replaceFirst("\\s*\\(.*$", "");
    d = d.replaceFirst(",? by (household|primary support reason|household and age band).*$", "");
    if (key == null || key.isEmpty()) {
      return d;
    }
    return d + ", " + key(key);
  }

  static String key(String key) {
    String words = KEYS.get(key);
    return words != null ? words : key.toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
