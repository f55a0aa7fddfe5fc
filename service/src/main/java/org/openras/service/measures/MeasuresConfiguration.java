package org.openras.service.measures;

import java.nio.file.Path;
import org.openras.engine.measures.MeasureLibrary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The measure definitions the service counts with: from {@code openras.rules.dir} when it is set
 * (as for rule sets), otherwise from the rules jar. Read once at start; a definition that cannot be
 * used stops the start, naming its file.
 */
@Configuration
class MeasuresConfiguration {
  @Bean
  MeasureLibrary measureLibrary(@Value("${openras.rules.dir:}") String rulesDir) {
    return rulesDir.isBlank()
        ? MeasureLibrary.fromClasspath(MeasuresConfiguration.class.getClassLoader())
        : MeasureLibrary.fromDirectory(Path.of(rulesDir).toAbsolutePath());
  }
}
