package org.openras.seeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The packaged index lists exactly the files in {@code seeds/people/}, and each one reads back. */
class SeedPeopleIndexTest {

  @Test
  void theIndexListsEveryPersonInTheFolderAndNoOther() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("people"))) {
      assertThat(SeedPeople.names())
          .containsExactlyElementsOf(
              files
                  .map(p -> p.getFileName().toString())
                  .filter(n -> n.endsWith(".json"))
                  .sorted()
                  .toList());
    }
  }

  @Test
  void eachPersonReadsBackAsTheTextOfItsFile() throws IOException {
    for (String name : SeedPeople.names()) {
      assertThat(SeedPeople.json(name)).isEqualTo(Files.readString(Path.of("people", name)));
    }
  }

  @Test
  void aNameThatIsNotASeedFileIsRefused() {
    assertThatThrownBy(() -> SeedPeople.json("../index.txt"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SeedPeople.json("nobody.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("openras-seeds/people/nobody.json");
  }
}
