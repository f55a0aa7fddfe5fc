package org.openras.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openras.engine.TestRules;
import org.openras.engine.catalogue.DirectoryRuleStore;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.json.Json;
import org.openras.engine.sources.Bibliography;
import org.openras.engine.sources.Source;

class TransparencyRecordTest {
  static final Bibliography BIBLIOGRAPHY = Bibliography.of(new DirectoryRuleStore(TestRules.DIR));

  static RuleSetVersion version(String area, String version) {
    return TestRules.engine().catalogue().find(area, version).orElseThrow();
  }

  @Test
  void aVersionsRecordListsItsRulesFiguresAndTheDocumentsTheyCite() {
    RuleSetVersion v = version("ras", "2024-04-01");
    VersionTestReport cases = VersionTestReport.run(TestRules.engine(), "ras", "2024-04-01");
    TransparencyRecord r = TransparencyRecord.of(v, BIBLIOGRAPHY, cases);

    assertThat(r.tool().name()).isEqualTo("OpenRAS ras rules, version 2024-04-01");
    assertThat(r.tool().decides()).contains("indicative personal budget");
    assertThat(r.tool().contentHash()).isEqualTo(v.hash());
    assertThat(r.tool().effectiveFrom()).isEqualTo(LocalDate.of(2024, 4, 1));

    assertThat(r.rules())
        .extracting(TransparencyRecord.TransparencyRule::rule)
        .contains("RAS-010 Each answer scores the points the questionnaire gives its level");
    assertThat(r.rules()).allSatisfy(rule -> assertThat(rule.citation()).isNotBlank());

    TransparencyRecord.TransparencyFigure price =
        r.figures().stream()
            .filter(f -> f.parameter().equals("pricePerPoint"))
            .findFirst()
            .orElseThrow();
    assertThat(price.unit()).isEqualTo("GBP");
    assertThat(price.values()).isNotEmpty();
    assertThat(price.valuesFrom()).isEqualTo(LocalDate.of(2024, 4, 1));

    // Every document a rule or figure cites is in the record's sources, once, from sources.yaml.
    Set<String> ids = r.sources().stream().map(Source::id).collect(Collectors.toSet());
    assertThat(ids).hasSize(r.sources().size()).isNotEmpty();
    List<String> cited =
        java.util.stream.Stream.concat(
                r.rules().stream().flatMap(x -> x.citations().stream()),
                r.figures().stream().flatMap(x -> x.citations().stream()))
            .map(TransparencyRecord.TransparencyDocument::sourceId)
            .toList();
    assertThat(cited).isNotEmpty();
    assertThat(ids).containsAll(cited);
    for (String id : ids) {
      assertThat(BIBLIOGRAPHY.source(id)).as(id).isPresent();
    }

    assertThat(r.tests().ran()).isTrue();
    assertThat(r.tests().failed()).isZero();
    assertThat(r.tests().passed()).isEqualTo(cases.results().size()).isPositive();
    assertThat(r.tests().passedCases()).hasSize((int) r.tests().passed());

    assertThat(r.atrs())
        .extracting(TransparencyRecord.AtrsSection::section)
        .containsExactly(
            "Metadata and title information",
            "Overview",
            "Owner and responsibility",
            "Description and rationale",
            "Decision-making process",
            "TransparencyTool specification",
            "Risks, mitigations and impact assessments");
    // It is plain data: it writes as JSON.
    assertThat(Json.mapper().writeValueAsString(r)).contains("\"pricePerPoint\"");
  }

  @Test
  void casesNotRunAreSaidSo() {
    TransparencyRecord r =
        TransparencyRecord.of(version("contributions", "2015-04-01"), BIBLIOGRAPHY, null);
    assertThat(r.tests().ran()).isFalse();
    assertThat(r.tests().problems()).containsExactly("the cases were not run");
    assertThat(r.tool().decides()).contains("Charging and Assessment of Resources");
  }
}
