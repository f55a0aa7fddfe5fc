package org.openras.service.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The MIG categories the OpenAPI description lists as ContributionResult.migCategory's enum are the
 * categories the shipped contributions rules produce (every {@code new MigCategory("...")} in their
 * rule files): a category added to a version fails here until the description lists it too.
 */
class MigCategoriesTest {
  private static final Pattern CATEGORY = Pattern.compile("MigCategory\\(\"([A-Z0-9_]+)\"");

  @Test
  void theEnumIsWhatTheShippedRulesProduce() throws IOException {
    Set<String> produced = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("..", "rules", "contributions"))) {
      for (Path drl : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
        Matcher m = CATEGORY.matcher(Files.readString(drl));
        while (m.find()) {
          produced.add(m.group(1));
        }
      }
    }
    assertThat(produced).isNotEmpty();
    assertThat(new TreeSet<>(ApiDescriptions.load().codeList("migCategories"))).isEqualTo(produced);
  }
}
