package org.openras.engine.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openras.engine.TestRules;
import org.openras.engine.catalogue.DirectoryRuleStore;
import org.openras.engine.catalogue.InvalidRuleSetException;

class BibliographyTest {
  private static final Bibliography SHIPPED =
      Bibliography.of(new DirectoryRuleStore(TestRules.DIR));

  private static Bibliography of(String yaml) {
    return Bibliography.parse(yaml.getBytes(StandardCharsets.UTF_8), "test sources.yaml");
  }

  private static final String TWO =
      """
      sources:
        - id: charging-regs-2014
          kind: primary
          title: "The Care and Support (Charging and Assessment of Resources) Regulations 2014"
          publisher: legislation.gov.uk
          date: "2014-10-22"
          url: https://www.legislation.gov.uk/uksi/2014/2672/contents
        - id: this-version
          kind: repository
          title: This rule-set version's own files
          publisher: OpenRAS
          path: rules/<area>/<version>/
      citations:
        "Charging Regulations 2014 reg 7 (single 18-24)": "charging-regs-2014 reg 7(2)(a)"
      """;

  @Test
  void anIdWithAPinpointResolvesToTheDocumentAndThePlaceInIt() {
    Resolution r = of(TWO).resolve("charging-regs-2014 reg 7(2)(a)");
    assertThat(r.resolved()).isTrue();
    assertThat(r.legacy()).isFalse();
    Citation c = r.citations().get(0);
    assertThat(c.source().id()).isEqualTo("charging-regs-2014");
    assertThat(c.pinpoint()).isEqualTo("reg 7(2)(a)");
    assertThat(c.inWords())
        .isEqualTo(
            "The Care and Support (Charging and Assessment of Resources) Regulations 2014,"
                + " reg 7(2)(a) (legislation.gov.uk, 2014-10-22)");
    assertThat(c.link()).isEqualTo("https://www.legislation.gov.uk/uksi/2014/2672/contents");
  }

  @Test
  void aPublishedVersionsFreeTextResolvesThroughTheMapAndKeepsItsWording() {
    Resolution r = of(TWO).resolve("Charging Regulations 2014 reg 7 (single 18-24)");
    assertThat(r.resolved()).isTrue();
    assertThat(r.legacy()).isTrue();
    assertThat(r.text()).isEqualTo("Charging Regulations 2014 reg 7 (single 18-24)");
    assertThat(r.citations()).extracting(Citation::pinpoint).containsExactly("reg 7(2)(a)");
  }

  @Test
  void thisVersionPointsAtTheCitingVersionsFolder() {
    Resolution r = of(TWO).resolve("this-version ruleset.yaml", "ras/2025-04-01");
    assertThat(r.citations().get(0).link()).isEqualTo("rules/ras/2025-04-01/");
    assertThat(r.citations().get(0).pinpoint()).isEqualTo("ruleset.yaml");
  }

  @Test
  void anUnknownIdAndUnmappedFreeTextDoNotResolveAndSayWhy() {
    Bibliography b = of(TWO);
    Resolution unknown = b.resolve("charging-regs-2014 reg 7; care-statute-guidance Annex C");
    assertThat(unknown.resolved()).isFalse();
    assertThat(unknown.citations()).isEmpty();
    assertThat(unknown.problems()).containsExactly("unknown source id 'care-statute-guidance'");
    Resolution free = b.resolve("Domain brief §3.6, §3.8");
    assertThat(free.resolved()).isFalse();
    assertThat(free.problems().get(0)).contains("does not start with a source id");
  }

  @Test
  void aMalformedBibliographyIsRefusedNamingTheEntry() {
    assertThatThrownBy(
            () ->
                of(
                    """
                    sources:
                      - id: charging-regs-2014
                        kind: primary
                        title: Regulations
                        publisher: legislation.gov.uk
                        url: https://example.org/a
                      - id: charging-regs-2014
                        kind: primary
                        title: Again
                        publisher: legislation.gov.uk
                        url: https://example.org/b
                    """))
        .isInstanceOf(InvalidRuleSetException.class)
        .hasMessageContaining("source 2 (charging-regs-2014): the id is listed twice");
    assertThatThrownBy(() -> of(TWO + "  \"Care Act 2014 s.14(4)\": \"care-act-2014 s.14(4)\"\n"))
        .isInstanceOf(InvalidRuleSetException.class)
        .hasMessageContaining("unknown source id 'care-act-2014'");
  }

  @Test
  void theShippedBibliographyIsReadFromTheRootOfTheRulesFolder() {
    assertThat(SHIPPED.sources()).hasSizeGreaterThan(40);
    assertThat(SHIPPED.source("care-statutory-guidance").orElseThrow().url())
        .startsWith("https://www.gov.uk/");
    // No citation of a published version leans on the research note outside the repository.
    assertThat(SHIPPED.legacyCitations().values()).noneMatch(v -> v.contains("brief"));
    assertThat(SHIPPED.legacyCitations())
        .allSatisfy((text, ids) -> assertThat(SHIPPED.resolve(text).resolved()).isTrue());
  }
}
