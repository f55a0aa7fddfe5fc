package org.openras.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The seed people (seeds/people/*.json at the checkout's root): requests to send. */
public final class Seeds {
  public static final Path PEOPLE = Path.of("../seeds/people");

  private Seeds() {}

  public static List<Path> people() {
    try (Stream<Path> files = Files.list(PEOPLE)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String read(Path seed) {
    try {
      return Files.readString(seed);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String first() {
    return read(people().get(0));
  }
}
