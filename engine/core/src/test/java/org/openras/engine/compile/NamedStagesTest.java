package org.openras.engine.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.kie.api.runtime.KieSession;
import org.openras.engine.catalogue.RuleSetManifest;
import org.openras.engine.catalogue.RuleSetSource;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.catalogue.VersionHasher;

/** A version's named stages (agenda groups listed in its manifest) run in the manifest's order. */
class NamedStagesTest {
  static final String DRL =
      """
      package org.openras.rules.test.v2026_01_01;
      global java.util.List log;

      rule "in the later stage"
        agenda-group "later"
      when
      then
        log.add("later");
      end

      rule "in the earlier stage"
        agenda-group "earlier"
      when
      then
        log.add("earlier");
      end

      rule "in no stage"
      when
      then
        log.add("main");
      end
      """;

  @Test
  void stagesRunInTheManifestsOrderAndUnstagedRulesLast() {
    assertThat(fire(List.of("earlier", "later"))).containsExactly("earlier", "later", "main");
    assertThat(fire(List.of("later", "earlier"))).containsExactly("later", "earlier", "main");
  }

  @Test
  void aStageTheManifestDoesNotNameNeverRuns() {
    assertThat(fire(List.of("earlier"))).containsExactly("earlier", "main");
    assertThat(fire(List.of())).containsExactly("main");
  }

  private static List<String> fire(List<String> stages) {
    TreeMap<String, byte[]> files = new TreeMap<>();
    files.put("Stages.drl", DRL.getBytes(StandardCharsets.UTF_8));
    RuleSetSource source = new RuleSetSource("test", "2026-01-01", files);
    RuleSetManifest manifest =
        new RuleSetManifest(
            "test",
            "2026-01-01",
            LocalDate.of(2026, 1, 1),
            null,
            "stages",
            null,
            null,
            null,
            null,
            null,
            stages);
    CompiledRuleSet compiled =
        new RuleBaseCache()
            .get(new RuleSetVersion(manifest, source, VersionHasher.hash(source), null));
    List<String> log = new ArrayList<>();
    KieSession session = compiled.newSession();
    try {
      session.setGlobal("log", log);
      compiled.fire(session);
    } finally {
      session.dispose();
    }
    return log;
  }
}
