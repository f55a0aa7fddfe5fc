package org.openras.service.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openras.engine.yaml.Yaml;
import tools.jackson.databind.JsonNode;

/**
 * The codes the OpenAPI description lists for limbs and FACS risk factors are those of the shipped
 * versions' criteria.yaml, which stay the authoritative lists: a code added there fails here until
 * the description says it too.
 */
class CodesMatchCriteriaTest {
  private static JsonNode criteria(String version) throws IOException {
    String path = "openras-rules/eligibility/" + version + "/criteria.yaml";
    try (InputStream in = CodesMatchCriteriaTest.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return Yaml.mapper().readTree(in);
    }
  }

  private static List<String> codes(JsonNode items) {
    List<String> codes = new ArrayList<>();
    items.forEach(item -> codes.add(item.get("code").asString()));
    return codes;
  }

  @Test
  void theLimbsAreTheCareActCriteriaLimbs() throws IOException {
    JsonNode careAct = criteria("2015-04-01");
    assertThat(codes(careAct.at("/adult/limbs")))
        .containsExactlyElementsOf(ApiDescriptions.load().codeList("adultLimbs"));
    assertThat(codes(careAct.at("/carer/limbs")))
        .containsExactlyElementsOf(ApiDescriptions.load().codeList("adultLimbs").subList(0, 3));
  }

  @Test
  void theRiskFactorsAreTheFacsCriteriaRiskFactors() throws IOException {
    List<String> codes = new ArrayList<>();
    criteria("2003-04-01")
        .get("bands")
        .forEach(band -> codes.addAll(codes(band.get("riskFactors"))));
    assertThat(codes).containsExactlyElementsOf(ApiDescriptions.load().codeList("facsRiskFactors"));
  }

  @Test
  void theOutcomeCodesAreTheCareActCriteriaOutcomes() throws IOException {
    JsonNode careAct = criteria("2015-04-01");
    assertThat(codes(careAct.at("/adult/outcomes")))
        .containsExactly("a", "b", "c", "d", "e", "f", "g", "h", "i", "j");
    assertThat(codes(careAct.at("/carer/outcomes")))
        .containsExactly("a", "b", "c", "d", "e", "f", "g", "h");
  }
}
