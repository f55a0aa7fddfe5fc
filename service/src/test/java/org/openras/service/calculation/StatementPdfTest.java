package org.openras.service.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.json.Json;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.result.CalculationResult;
import org.openras.service.Seeds;
import org.openras.service.web.Formats;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The person's statement as a PDF, for every seed person: tagged PDF/UA-1 as veraPDF checks it, the
 * same words as the page (the three amounts, the council's contact, the Ombudsman), nothing
 * internal, and a page on which the budget line and every other line of text stand clear of the
 * table borders and of each other.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StatementPdfTest {
  @Autowired StatementPdf statements;
  @Autowired OpenRasEngine engine;
  @Autowired CouncilContact council;

  @BeforeAll
  static void veraPdf() {
    VeraGreenfieldFoundryProvider.initialise();
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> recorded(Path seed) {
    var json = Json.mapper();
    CalculationRequest request = json.readValue(Seeds.read(seed), CalculationRequest.class);
    CalculationResult result = engine.calculate(request);
    return json.readValue(json.writeValueAsString(result), Map.class);
  }

  @Test
  void everySeedPersonsStatementPassesVeraPdfsPdfUa1Check() throws Exception {
    for (Path seed : Seeds.people()) {
      byte[] pdf = statements.of(UUID.randomUUID(), recorded(seed));
      try (PDFAParser parser =
              Foundries.defaultInstance()
                  .createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
          PDFAValidator validator =
              Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
        ValidationResult result = validator.validate(parser);
        String failures =
            result.getTestAssertions().stream()
                .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                .map(
                    a ->
                        a.getRuleId().getClause()
                            + "-"
                            + a.getRuleId().getTestNumber()
                            + " "
                            + a.getMessage())
                .distinct()
                .collect(Collectors.joining("\n"));
        assertThat(result.isCompliant()).as(seed.getFileName() + "\n" + failures).isTrue();
        assertThat(result.getTotalAssertions()).isGreaterThan(100);
      }
    }
  }

  @Test
  void aPdfThatIsNotTaggedFailsTheSameCheck() throws Exception {
    // The check can fail: the same document without the accessibility mode is refused.
    com.openhtmltopdf.pdfboxout.PdfRendererBuilder b =
        new com.openhtmltopdf.pdfboxout.PdfRendererBuilder();
    b.withHtmlContent(
        "<html lang=\"en\"><head><title>t</title></head><body><p>Hello</p></body></html>", null);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    b.toStream(out);
    b.run();
    try (PDFAParser parser =
            Foundries.defaultInstance()
                .createParser(new ByteArrayInputStream(out.toByteArray()), PDFAFlavour.PDFUA_1);
        PDFAValidator validator =
            Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
      assertThat(validator.validate(parser).isCompliant()).isFalse();
    }
  }

  @Test
  void theStatementGivesTheThreeAmountsTheRightsAndTheCouncilsContactInPlainWords()
      throws Exception {
    Path seed = Path.of("../seeds/people/older-person-full-assessment-pays-a-contribution.json");
    Map<String, Object> r = recorded(seed);
    UUID id = UUID.randomUUID();
    String text = PdfLayout.of(statements.of(id, r)).text.replaceAll("\\s+", " ");
    Map<String, Object> c = PlainWords.map(r.get("contribution"));
    assertThat(text)
        .contains("How your personal budget was calculated")
        .contains((String) r.get("personRef"))
        .contains(Formats.date(r.get("assessmentDate")))
        .contains("The cost of meeting your needs " + Formats.money(c.get("costOfCare")))
        .contains("The amount you must pay " + Formats.money(c.get("weeklyContribution")))
        .contains("The amount the council must pay " + Formats.money(c.get("netCouncilAmount")))
        .contains("Care Act 2014 (section 26)")
        .contains("Local Government and Social Care Ombudsman")
        .contains(council.name())
        .contains(council.phone())
        .contains(council.complaintsUrl())
        .contains(id.toString());
    org.openras.service.PersonFacingText.assertNothingInternal(text, r);
  }

  @Test
  void noLineOfTextCollidesWithATableBorderOrAnotherLine() throws Exception {
    for (Path seed : Seeds.people()) {
      Map<String, Object> r = recorded(seed);
      PdfLayout page = PdfLayout.of(statements.of(UUID.randomUUID(), r));
      if (r.get("ras") != null) {
        Map<String, Object> c = PlainWords.map(r.get("contribution"));
        String budget =
            Formats.money(
                c != null
                    ? c.get("costOfCare")
                    : PlainWords.map(r.get("adjustments")) != null
                            && PlainWords.map(r.get("adjustments")).get("weeklyBudget") != null
                        ? PlainWords.map(r.get("adjustments")).get("weeklyBudget")
                        : PlainWords.map(r.get("ras")).get("weeklyBudget"));
        PdfLayout.Run line = page.run(budget);
        assertThat(page.crossing(line)).as(seed + ": the budget line " + line).isEmpty();
        assertThat(page.overlapping(line)).as(seed + ": the budget line " + line).isEmpty();
      }
      assertThat(page.drawn).as("the tables' borders are drawn").isNotEmpty();
      for (PdfLayout.Run run : page.runs) {
        assertThat(page.crossing(run)).as(seed + ": " + run).isEmpty();
        assertThat(page.overlapping(run)).as(seed + ": " + run).isEmpty();
      }
    }
  }

  @Test
  void theCollisionCheckSeesACollision() throws Exception {
    // A line of text drawn across a border is found: the check can fail.
    String html =
        "<html lang=\"en\"><head><title>t</title><style>* { font-family: 'Liberation Sans'; }"
            + " p { border-bottom: 1pt solid black; height: 4pt; margin: 0; font-size: 12pt; }"
            + "</style></head><body><p>£1,234.56 collides</p></body></html>";
    PdfLayout page = PdfLayout.of(StatementPdf.render(html));
    PdfLayout.Run run = page.run("£1,234.56");
    assertThat(page.crossing(run)).isNotEmpty();
    List<PdfLayout.Run> none = page.overlapping(run);
    assertThat(none).isEmpty();
  }
}
