package org.openras.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openras.engine.policy.BrokenVersions.copyArea;
import static org.openras.engine.policy.BrokenVersions.replace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CitationRewriteTest {
  @TempDir Path store;

  @Test
  void aCopiedVersionsFreeTextCitationsBecomeIdsAndTheVersionStillValidates() throws IOException {
    Path v = copyArea(store, "contributions").resolve("contributions/2015-04-01");
    String before = Files.readString(v.resolve("Mig.drl"));
    assertThat(before)
        .contains("@source(\"Charging Regulations 2014 reg 7 (single 18-24); domain brief §3.4\")");

    CitationRewrite r = CitationRewrite.rewrite(v, true);

    assertThat(r.left()).as(r.text()).isEmpty();
    assertThat(r.rewritten()).hasSizeGreaterThan(50);
    String after = Files.readString(v.resolve("Mig.drl"));
    assertThat(after)
        .contains("@source(\"charging-regs-2014 reg 7(2)(a)\")")
        .doesNotContain("@source(\"Charging Regulations");
    assertThat(Files.readString(v.resolve("parameters.yaml")))
        .contains("title: \"charging-regs-2014 reg 12, reg 25; lac-2024; cmm-2018\"");
    Validation valid = VersionValidator.validate(v);
    assertThat(valid.passed()).as(valid.text()).isTrue();
    // A second run finds nothing left to rewrite.
    assertThat(CitationRewrite.rewrite(v, true).rewritten()).isEmpty();
  }

  @Test
  void aDryRunWritesNothingAndTextTheBibliographyDoesNotMapIsLeftAndListed() throws IOException {
    Path v = copyArea(store, "ras").resolve("ras/2025-04-01");
    Path drl = v.resolve("Ras.drl");
    replace(
        drl,
        "Points are totalled across the questionnaire, domain brief §1.3",
        "Points are totalled (our own note)");
    String before = Files.readString(drl);

    CitationRewrite r = CitationRewrite.rewrite(v, false);

    assertThat(Files.readString(drl)).isEqualTo(before);
    assertThat(r.rewritten()).isNotEmpty();
    assertThat(r.left())
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.file()).isEqualTo("Ras.drl");
              assertThat(l.text()).isEqualTo("Points are totalled (our own note)");
              assertThat(l.problem()).contains("does not start with a source id");
            });
    assertThat(r.text())
        .contains("LEFT ras/2025-04-01/Ras.drl:")
        .contains("1 left to cite by hand");
  }
}
