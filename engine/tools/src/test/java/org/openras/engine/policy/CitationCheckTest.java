package org.openras.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openras.engine.policy.BrokenVersions.copyArea;
import static org.openras.engine.policy.BrokenVersions.lineOf;
import static org.openras.engine.policy.BrokenVersions.replace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openras.engine.TestRules;
import org.openras.engine.catalogue.DirectoryRuleStore;
import org.openras.engine.sources.Bibliography;
import org.openras.engine.sources.Resolution;

class CitationCheckTest {
  @TempDir Path store;

  private static List<Finding> errors(Path folder) {
    return VersionValidator.validate(folder).findings().stream().filter(Finding::isError).toList();
  }

  @Test
  void everyCitationOfEveryShippedVersionResolvesInsideTheRepository() throws IOException {
    Bibliography bibliography = Bibliography.of(new DirectoryRuleStore(TestRules.DIR));
    List<String> unresolved = new ArrayList<>();
    int citations = 0;
    try (Stream<Path> manifests = Files.walk(TestRules.DIR, 4)) {
      for (Path manifest :
          manifests
              .filter(p -> p.getFileName().toString().equals("ruleset.yaml"))
              .filter(p -> !TestRules.DIR.relativize(p).startsWith("src"))
              .filter(p -> !TestRules.DIR.relativize(p).startsWith("target"))
              .toList()) {
        VersionFolder v = VersionFolder.read(manifest.getParent());
        for (VersionCitations.Cited c : VersionCitations.of(v.source())) {
          citations++;
          Resolution r = bibliography.resolve(c.text(), v.source().location());
          if (!r.resolved()) {
            unresolved.add(v.file(c.file()) + ":" + c.line() + " " + r.problems());
          }
          // Every document cited is in the bibliography with a link: a url, or a repository file.
          r.citations().forEach(x -> assertThat(x.link()).isNotBlank());
        }
      }
    }
    assertThat(citations).isGreaterThan(250);
    assertThat(unresolved).isEmpty();
  }

  @Test
  void anUnknownIdIsRefusedAtTheRulesSourceLine() {
    Path v = copyArea(store, "ras").resolve("ras/2024-04-01");
    Path drl = v.resolve("Ras.drl");
    String text = "Points are totalled across the questionnaire, domain brief §1.3";
    int line = lineOf(drl, text);
    replace(drl, text, "carers-uk-forum-ras; ras-handbook-2009 p.12");
    assertThat(errors(v))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.file()).isEqualTo("ras/2024-04-01/Ras.drl");
              assertThat(f.line()).isEqualTo(line);
              assertThat(f.message())
                  .startsWith("rule \"RAS-030 ")
                  .endsWith("unknown source id 'ras-handbook-2009'");
              assertThat(f.whatToDo()).contains("sources.yaml");
            });
  }

  @Test
  void freeTextTheBibliographyDoesNotMapIsRefusedAtTheParametersLine() {
    Path v = copyArea(store, "ras").resolve("ras/2024-04-01");
    Path parameters = v.resolve("parameters.yaml");
    String text = "Illustrative: 365 days / 7 = 52.143 weeks; councils also use 52 or 52.14";
    int line = lineOf(parameters, text);
    replace(parameters, text, "Illustrative: 365 days / 7, see the domain brief §1.4");
    assertThat(errors(v))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.file()).isEqualTo("ras/2024-04-01/parameters.yaml");
              assertThat(f.line()).isEqualTo(line);
              assertThat(f.message())
                  .startsWith("parameter 'weeksPerYear' cites")
                  .contains("does not start with a source id");
            });
  }

  @Test
  void citationsByIdWithPinpointsPass() {
    Path v = copyArea(store, "ras").resolve("ras/2024-04-01");
    Path drl = v.resolve("Ras.drl");
    replace(
        drl,
        "Points are totalled across the questionnaire, domain brief §1.3",
        "carers-uk-forum-ras; this-version questionnaire.yaml");
    assertThat(errors(v)).isEmpty();
  }

  @Test
  void aStoreWithoutABibliographyIsRefusedWhenNoRulesJarIsOnTheClasspath() throws IOException {
    Path v = copyArea(store, "ras").resolve("ras/2024-04-01");
    Files.delete(store.resolve("sources.yaml"));
    assertThat(errors(v))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("no bibliography (sources.yaml)"));
  }
}
