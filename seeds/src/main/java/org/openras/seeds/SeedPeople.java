package org.openras.seeds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The seed people packaged in this module's jar under {@code openras-seeds/people/}. A jar's
 * folders cannot be listed, so the build writes {@code index.txt}: one file name per line.
 */
public final class SeedPeople {
  public static final String PREFIX = "openras-seeds/people/";
  public static final String INDEX = PREFIX + "index.txt";

  private SeedPeople() {}

  /** The file names of every seed person, sorted, such as {@code person-no-...-points.json}. */
  public static List<String> names() {
    return text(INDEX).lines().map(String::strip).filter(l -> !l.isEmpty()).sorted().toList();
  }

  /** The calculation request of one seed person, as the JSON text of its file. */
  public static String json(String name) {
    if (name.contains("/") || !name.endsWith(".json")) {
      throw new IllegalArgumentException("a seed is named by its file name, such as x.json");
    }
    return text(PREFIX + name);
  }

  private static String text(String resource) {
    try (InputStream in = SeedPeople.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException(
            "no " + resource + " on the classpath; add the openras-seeds jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
