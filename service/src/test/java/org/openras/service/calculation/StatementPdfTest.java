package org.openras.service.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.catalogue.ClasspathRuleStore;
import org.openras.engine.json.Json;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.result.CalculationResult;
import org.openras.service.Seeds;

/** The PDF statement carries the person's reference, budget and the rules used, as calculated. */
class StatementPdfTest {
  @Test
  @SuppressWarnings("unchecked")
  void theStatementGivesTheBudgetAndTheRulesUsed() throws IOException {
    var json = Json.mapper();
    CalculationRequest request = json.readValue(Seeds.first(), CalculationRequest.class);
    CalculationResult result = OpenRasEngine.load(new ClasspathRuleStore()).calculate(request);
    Map<String, Object> recorded = json.readValue(json.writeValueAsString(result), Map.class);
    UUID id = UUID.randomUUID();

    byte[] pdf = StatementPdf.of(id, recorded);

    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    String text = text(pdf);
    assertThat(text)
        .contains("How your personal budget was calculated")
        .contains(request.personRef())
        .contains(id.toString())
        .contains(result.trace().get(0).getRule());
    if (result.ras() != null) {
      assertThat(text).contains("£" + result.ras().weeklyBudget());
    }
  }

  private static String text(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    PdfTextExtractor extractor = new PdfTextExtractor(reader);
    StringBuilder out = new StringBuilder();
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      out.append(extractor.getTextFromPage(page)).append('\n');
    }
    return out.toString().replaceAll("\\s+", " ");
  }
}
