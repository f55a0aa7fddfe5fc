package org.openras.service.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.catalogue.ClasspathRuleStore;
import org.openras.engine.json.Json;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.result.CalculationResult;
import org.openras.service.audit.AuditDraft;
import org.openras.service.audit.AuditEntry;
import org.openras.service.audit.AuditHash;
import org.openras.service.audit.AuditTrailContract;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import tools.jackson.databind.JsonNode;

/**
 * Golden bytes for one fixed request ({@code calculation-golden/request.json}: a seed person with
 * every area pinned to its version, so later versions do not change it): the answer and the audit
 * record, as the code before {@link AuditedResponse} wrote them (issue 17, item 4). The answer's
 * bytes are {@code calculation-golden/response.json}, written then by splicing the id into the
 * audited result text (and equal to Jackson's {@link CalculationResponse}); the record's hash over
 * every stored field (request, result and rule-set texts included) is {@link #RECORD_HASH}. A
 * change here means stored records, their hashes or the API's answer changed: a change to the
 * pinned versions (published versions never change) or to the engine version is the only expected
 * cause, and the golden files are then rewritten with the commit saying why.
 */
class AuditedResponseGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/calculation-golden");
  private static final UUID ID = UUID.fromString("00000000-0000-4000-8000-000000000017");
  private static final Instant AT = Instant.parse("2026-12-02T07:00:00.000017Z");
  private static final String RECORD_HASH =
      "d502c7a72841fda19a4b3ebd3d24e50d7132193d7201698d9330e2ad0f27e2db";

  private static final OpenRasEngine ENGINE = OpenRasEngine.load(new ClasspathRuleStore());
  private static final UsernamePasswordAuthenticationToken ASSESSOR =
      new UsernamePasswordAuthenticationToken(
          "golden-assessor", null, List.of(new SimpleGrantedAuthority("ROLE_ASSESSOR")));

  /**
   * The answer is the golden bytes less their null members (docs/adr/0023: answers leave out a
   * member with no value), in the same order and form; the audited result itself still holds them.
   */
  @Test
  void theAnswerIsTheGoldenBytesWithoutTheirNulls() {
    AuditDraft draft = draft();
    byte[] body = Json.mapper().writeValueAsBytes(new AuditedResponse(ID, draft.result()));
    JsonNode golden = Json.mapper().readTree(read("response.json"));
    assertThat(draft.result()).contains("\"typicalRange\":null");
    assertThat(new String(body, java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(Json.mapper().writeValueAsString(AuditTrailContract.withoutNulls(golden)))
        .doesNotContain(":null");
  }

  @Test
  void theRecordHashesAsBefore() {
    AuditDraft d = draft();
    AuditEntry entry =
        new AuditEntry(
            1,
            ID,
            AT,
            d.actor(),
            d.role(),
            d.personRef(),
            d.request(),
            d.result(),
            d.ruleSets(),
            d.engineVersion(),
            AuditHash.GENESIS,
            null);
    assertThat(AuditHash.of(entry)).isEqualTo(RECORD_HASH);
  }

  private static AuditDraft draft() {
    CalculationRequest request =
        Json.mapper().readValue(read("request.json"), CalculationRequest.class);
    CalculationResult result = ENGINE.calculate(request);
    return CalculationService.draft(request, result, ASSESSOR);
  }

  private static String read(String name) {
    try {
      return Files.readString(GOLDEN.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
