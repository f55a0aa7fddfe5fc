package org.openras.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.openras.engine.catalogue.ClasspathRuleStore;
import org.openras.engine.catalogue.DirectoryRuleStore;
import org.openras.engine.catalogue.RuleSetCatalogue;
import org.openras.engine.catalogue.RuleSetVersion;

/**
 * The packaged rules (through the index generated at build time) are the same versions, with the
 * same hashes, as the folders a policy officer edits: a service without a checkout serves the same
 * rules.
 */
class RulesJarIndexTest {

  private static Map<String, String> hashes(RuleSetCatalogue catalogue) {
    Map<String, String> out = new TreeMap<>();
    for (RuleSetVersion v : catalogue.all()) {
      out.put(v.area() + "/" + v.version(), v.hash());
    }
    return out;
  }

  @Test
  void theClasspathIndexHoldsEveryVersionWithTheSameHash() {
    ClasspathRuleStore jar = new ClasspathRuleStore();
    assertThat(jar.isPresent()).isTrue();
    Map<String, String> packaged = hashes(RuleSetCatalogue.load(jar));
    Map<String, String> folders =
        hashes(RuleSetCatalogue.load(new DirectoryRuleStore(Path.of(""))));
    assertThat(packaged).isEqualTo(folders).containsKeys("ras/2024-04-01", "ras/2025-04-01");
  }

  @Test
  void theJarCarriesTheBibliographyTheFoldersCiteFrom() {
    ClasspathRuleStore jar = new ClasspathRuleStore();
    assertThat(jar.bibliography()).isPresent();
    assertThat(jar.bibliography().orElseThrow())
        .isEqualTo(new DirectoryRuleStore(Path.of("")).bibliography().orElseThrow());
  }
}
