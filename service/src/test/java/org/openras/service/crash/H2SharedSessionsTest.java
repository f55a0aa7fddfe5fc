package org.openras.service.crash;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The shared page sessions drill on one embedded H2 file shared through H2's {@code AUTO_SERVER},
 * each instance with a data folder of its own.
 */
class H2SharedSessionsTest extends SharedSessionsDrill {
  Path shared;

  @Override
  void createDatabase() throws Exception {
    shared = Files.createDirectories(dir.resolve("shared"));
  }

  @Override
  List<String> databaseArguments() {
    return List.of(
        "--spring.datasource.url=jdbc:h2:file:"
            + shared.resolve("openras")
            + ";AUTO_SERVER=TRUE;WRITE_DELAY=0");
  }

  @Override
  void dropDatabase() {}
}
