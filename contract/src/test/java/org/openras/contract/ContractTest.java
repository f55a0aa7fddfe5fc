package org.openras.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openras.client.ApiException;
import org.openras.client.api.AgreedBudgetsApi;
import org.openras.client.api.AuditApi;
import org.openras.client.api.CalculationsApi;
import org.openras.client.api.CalibrationsApi;
import org.openras.client.api.DirectPaymentsApi;
import org.openras.client.api.ForecastsApi;
import org.openras.client.api.MeasuresApi;
import org.openras.client.api.RuleSetsApi;
import org.openras.client.api.ScenariosApi;
import org.openras.client.api.UpratingApi;
import org.openras.client.model.BudgetProposal;
import org.openras.client.model.CalculationRecord;
import org.openras.client.model.CalculationRequest;
import org.openras.client.model.CalculationResponse;
import org.openras.client.model.CalibrationReport;
import org.openras.client.model.CalibrationRequest;
import org.openras.client.model.CalibrationSpec;
import org.openras.client.model.CalibrationSummary;
import org.openras.client.model.Caseload;
import org.openras.client.model.CaseloadChoice;
import org.openras.client.model.ChainVerification;
import org.openras.client.model.EligibilityRequest;
import org.openras.client.model.Envelope;
import org.openras.client.model.EnvelopeReport;
import org.openras.client.model.ForecastJob;
import org.openras.client.model.ForecastReport;
import org.openras.client.model.ForecastRequest;
import org.openras.client.model.Generate;
import org.openras.client.model.PersonDetails;
import org.openras.client.model.ProblemDetail;
import org.openras.client.model.PublicationRequest;
import org.openras.client.model.ReplayReport;
import org.openras.client.model.RuleSetValidationRequest;
import org.openras.client.model.ScenarioReport;
import org.openras.client.model.ScenarioRequest;
import org.openras.client.model.ScenarioStatus;
import org.openras.client.model.Side;
import org.openras.client.model.StatementImportRequest;
import org.openras.client.model.UpratingEntriesRequest;
import org.openras.client.model.UpratingStartRequest;
import org.openras.client.model.UpratingView;
import org.openras.client.model.WithdrawalRequest;

/**
 * The API as a council's developer meets it: only through the client generated from the served
 * document (issue 20), every answer parsed strictly and checked against the document's schemas
 * ({@link ResponseCheck}); a refusal is read as the document's problem detail and its type is one
 * the document names for that status.
 */
class ContractTest {
  static final Path SEEDS = Path.of(System.getProperty("openras.seeds.dir"));
  static final Path REPO = SEEDS.getParent().getParent();
  private int failuresBefore;

  @org.junit.jupiter.api.BeforeEach
  void countFailures() {
    failuresBefore = Clients.CHECK.failures().size();
  }

  @AfterEach
  void everyAnswerMatchedTheDocument() {
    List<String> failures = Clients.CHECK.failures();
    assertThat(failures.subList(failuresBefore, failures.size()))
        .as("answers that the served document does not describe")
        .isEmpty();
  }

  static Stream<Path> seeds() throws Exception {
    try (Stream<Path> files = Files.list(SEEDS)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  /** A seed person's request, read strictly into the generated model. */
  static CalculationRequest seed(Path file) throws Exception {
    return Clients.strict().readValue(file.toFile(), CalculationRequest.class);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void everySeedPersonIsCalculatedRecordedReplayedAndVerified(Path file) throws Exception {
    CalculationsApi assessor = new CalculationsApi(Clients.as("assessor"));
    CalculationRequest request = seed(file);
    // A client retrying after a time-out sends the same Idempotency-Key (docs/adr/0022): the first
    // answer again, one record.
    String key = java.util.UUID.randomUUID().toString();
    CalculationResponse answer = assessor.calculate(request, key);
    assertThat(assessor.calculate(request, key).getCalculationId())
        .isEqualTo(answer.getCalculationId());
    assertThat(answer.getCalculationId()).isNotNull();
    assertThat(answer.getPersonRef()).isEqualTo(request.getPersonRef());
    assertThat(answer.getRuleSets()).isNotEmpty();

    CalculationRecord record = assessor.getCalculationRecord(answer.getCalculationId());
    assertThat(String.valueOf(record.getIntegrity())).isEqualTo("intact");
    CalculationsApi auditor = new CalculationsApi(Clients.as("auditor"));
    ReplayReport asDecided = auditor.replayCalculation(answer.getCalculationId(), null);
    assertThat(asDecided.getIdentical()).as(file.toString()).isTrue();
    ReplayReport current = auditor.replayCalculation(answer.getCalculationId(), "current");
    assertThat(current.getRules()).isEqualTo(ReplayReport.RulesEnum.CURRENT);

    assertThat(new AuditApi(Clients.as("auditor")).getInclusionProof(answer.getCalculationId()))
        .isNotNull();
  }

  @Test
  void theAuditLogVerifiesAndTakesACheckpoint() throws Exception {
    CalculationsApi assessor = new CalculationsApi(Clients.as("assessor"));
    assessor.calculate(seed(seeds().findFirst().orElseThrow()), null);
    AuditApi auditor = new AuditApi(Clients.as("auditor"));
    ChainVerification verified = auditor.verifyAuditLog();
    assertThat(verified.getIntact()).isTrue();
    assertThat(verified.getRecordsChecked()).isPositive();
    assertThat(auditor.signCheckpoint()).isNotNull();
  }

  /** Empty lists and maps, as generated models send them, mean what leaving them out means. */
  @Test
  void aGeneratedModelsEmptyListsAndMapsAreReadAsAbsent() throws Exception {
    CalculationRequest request =
        new CalculationRequest()
            .personRef("CONTRACT-EMPTY-1")
            .assessmentDate(LocalDate.of(2026, 12, 2))
            .person(new PersonDetails().dateOfBirth(LocalDate.of(1950, 1, 1)))
            .eligibility(
                new EligibilityRequest()
                    .impairmentOrIllness(true)
                    .significantImpactOnWellbeing(true));
    assertThat(request.getNeeds()).isNotNull().isEmpty();
    assertThat(request.getEligibility().getRiskFactors()).isNotNull().isEmpty();
    CalculationResponse answer =
        new CalculationsApi(Clients.as("assessor")).calculate(request, null);
    assertThat(answer.getRas()).isNull();
    assertThat(answer.getEligibility().getAdult().getEligible()).isFalse();
  }

  @Test
  void a400NamesEveryBadField() {
    CalculationRequest bad =
        new CalculationRequest()
            .personRef("not a reference")
            .assessmentDate(LocalDate.of(2026, 12, 2))
            .person(new PersonDetails().dateOfBirth(LocalDate.of(1950, 1, 1)))
            .putNeedsItem("personal-care", 3);
    ProblemDetail problem =
        refused(400, () -> new CalculationsApi(Clients.as("assessor")).calculate(bad, null));
    assertThat(problem.getType()).hasToString("urn:openras:problem:invalid-request");
    assertThat(problem.getErrors()).extracting(e -> e.getField()).contains("personRef");
  }

  @Test
  void a401ForWrongCredentials() {
    ProblemDetail problem =
        refused(
            401, () -> new RuleSetsApi(Clients.as("assessor", "not-the-password")).listRuleSets());
    assertThat(problem.getType()).hasToString("urn:openras:problem:unauthenticated");
  }

  @Test
  void a403ForARoleThatMayNot() {
    ProblemDetail problem =
        refused(403, () -> new AuditApi(Clients.as("assessor")).verifyAuditLog());
    assertThat(problem.getType()).hasToString("urn:openras:problem:forbidden");
  }

  @Test
  void a404ForAnUnknownRecord() {
    UUID unknown = UUID.randomUUID();
    ProblemDetail problem =
        refused(
            404, () -> new CalculationsApi(Clients.as("assessor")).getCalculationRecord(unknown));
    assertThat(problem.getType()).hasToString("urn:openras:problem:calculation-not-found");
    assertThat(problem.getCalculationId()).isEqualTo(unknown);
  }

  @Test
  void a409ForPublishingAPublishedVersion() {
    ProblemDetail problem =
        refused(
            409,
            () ->
                new RuleSetsApi(Clients.as("policy"))
                    .publishRuleSetVersion("ras", "2025-04-01", null, new PublicationRequest()));
    assertThat(problem.getType()).hasToString("urn:openras:problem:publication-conflict");
    assertThat(problem.getState()).isEqualTo(ProblemDetail.StateEnum.PUBLISHED);
  }

  @Test
  void a422WhenNoRuleSetCoversTheDate() throws Exception {
    CalculationRequest early = seed(seeds().findFirst().orElseThrow());
    early.setAssessmentDate(LocalDate.of(1990, 1, 1));
    early.setCouncilRef(null);
    early.setFinances(null);
    early.setEligibility(null);
    ProblemDetail problem =
        refused(422, () -> new CalculationsApi(Clients.as("assessor")).calculate(early, null));
    assertThat(problem.getType()).hasToString("urn:openras:problem:no-rule-set");
    assertThat(problem.getArea()).isNotBlank();
    assertThat(problem.getPeriods()).isNotEmpty();
  }

  @Test
  void ruleSetsSourcesValidationAndDiff() throws Exception {
    RuleSetsApi policy = new RuleSetsApi(Clients.as("policy"));
    assertThat(policy.listRuleSets()).isNotEmpty();
    assertThat(policy.getRuleSetVersion("ras", "2025-04-01").getVersion()).isEqualTo("2025-04-01");
    assertThat(policy.diffRuleSetVersions("ras", "2024-04-01", "2025-04-01", null)).isNotNull();
    assertThat(
            policy.validateRuleSet(
                new RuleSetValidationRequest().area("ras").version("2025-04-01")))
        .isNotNull();
    assertThat(policy.getPublicationLog()).isNotNull();
    assertThat(policy.listSources()).isNotNull();
  }

  @Test
  void anUpratingDraftIsPublishedOrRefusedAsDocumented() throws Exception {
    UpratingApi uprating = new UpratingApi(Clients.as("policy"));
    UpratingView draft =
        uprating.startUprating(
            "contributions",
            null,
            new UpratingStartRequest().source("2015-04-01").effectiveFrom("2032-04-06"));
    assertThat(draft).isNotNull();
    assertThat(uprating.getUpratingDraft("contributions", "2032-04-06", null)).isNotNull();
    uprating.enterUpratingFigures(
        "contributions", "2032-04-06", new UpratingEntriesRequest(), null);
    RuleSetsApi policy = new RuleSetsApi(Clients.as("policy"));
    try {
      assertThat(
              policy.publishRuleSetVersion(
                  "contributions", "2032-04-06", null, new PublicationRequest()))
          .isNotNull();
      assertThat(
              policy.withdrawRuleSetVersion(
                  "contributions",
                  "2032-04-06",
                  null,
                  new WithdrawalRequest().reason("contract test")))
          .isNotNull();
    } catch (ApiException notPublishable) {
      assertThat(notPublishable.getCode()).isEqualTo(422);
      ProblemDetail problem = Clients.problem(notPublishable);
      assertThat(problem.getType()).hasToString("urn:openras:problem:version-not-publishable");
      assertThat(problem.getFindings()).isNotEmpty();
      uprating.discardUpratingDraft("contributions", "2032-04-06");
    }
  }

  @Test
  void aScenarioJobRunsToItsReport() throws Exception {
    ScenariosApi finance = new ScenariosApi(Clients.as("finance"));
    ScenarioStatus started =
        finance.startScenario(
            new ScenarioRequest()
                .caseload(new CaseloadChoice().generate(new Generate().people(5L)))
                .baseline(new Side().date(LocalDate.of(2025, 6, 2)))
                .candidate(new Side().date(LocalDate.of(2025, 11, 3))),
            null);
    ScenarioStatus status = finished(finance, started);
    assertThat(status.getState()).isEqualTo(ScenarioStatus.StateEnum.DONE);
    // The report's JSON through the typed method: a ScenarioReport, parsed strictly.
    ScenarioReport report =
        finance.getScenarioReport(started.getId().toString(), "json").getScenarioReport();
    assertThat(report.getCaseload().getLines()).isEqualTo(5L);
    assertThat(report.getBaseline().getDate()).isEqualTo("2025-06-02");
    assertThat(report.getTotals().getWeeklyNetChange()).matches("-?\\d+\\.\\d{2}");
    assertThat(report.getByPrimarySupportReason()).isNotEmpty();
    assertThat(finance.cancelScenario(started.getId().toString()).getState())
        .isEqualTo(ScenarioStatus.StateEnum.DONE);
  }

  /** An envelope job to its report (format=envelope), typed; no factor can meet a £1 target. */
  @Test
  void anEnvelopeJobRunsToItsReport() throws Exception {
    ScenariosApi finance = new ScenariosApi(Clients.as("finance"));
    ScenarioStatus started =
        finance.startScenario(
            new ScenarioRequest()
                .title("Envelope")
                .financialYear(2025)
                .caseload(new CaseloadChoice().generate(new Generate().people(20L).seed(11L)))
                .envelope(new Envelope().targetAnnual("1.00")),
            null);
    ScenarioStatus status = finished(finance, started);
    assertThat(status.getState()).isEqualTo(ScenarioStatus.StateEnum.DONE);
    EnvelopeReport report =
        finance.getScenarioReport(started.getId().toString(), "envelope").getEnvelopeReport();
    assertThat(report.getStatus()).isEqualTo(EnvelopeReport.StatusEnum.TARGET_BELOW_RANGE);
    assertThat(report.getTargetAnnual()).isEqualTo("1.00");
    assertThat(report.getChoice()).isNull(); // left out: no factor was chosen
    assertThat(report.getRange().getAnnualAtLowest()).matches("\\d+\\.\\d{2}");
  }

  private static ScenarioStatus finished(ScenariosApi finance, ScenarioStatus started)
      throws Exception {
    ScenarioStatus status = started;
    Instant deadline = Instant.now().plus(Duration.ofSeconds(300));
    while (status.getState() != ScenarioStatus.StateEnum.DONE && Instant.now().isBefore(deadline)) {
      assertThat(status.getState())
          .isNotIn(ScenarioStatus.StateEnum.FAILED, ScenarioStatus.StateEnum.CANCELLED);
      Thread.sleep(500);
      status = finance.getScenario(started.getId().toString());
    }
    return status;
  }

  /**
   * A forecast of the seeds' example history to its report, typed. The request part is JSON text (a
   * string whose contentSchema is ForecastRequest): the generated model written by the client's own
   * mapper.
   */
  @Test
  void aForecastRunsToItsReport() throws Exception {
    ForecastsApi finance = new ForecastsApi(Clients.as("finance"));
    Path forecasts = REPO.resolve("seeds").resolve("forecasts");
    ForecastRequest request = new ForecastRequest();
    request.firstYear(2027).years(3);
    ForecastJob started =
        finance.startForecast(
            null,
            forecasts.resolve("synthetic-history.csv").toFile(),
            forecasts.resolve("synthetic-transitions.jsonl").toFile(),
            Clients.strict().writeValueAsString(request));
    String id = started.getId().toString();
    ForecastJob job = started;
    Instant deadline = Instant.now().plus(Duration.ofSeconds(300));
    while (job.getState() != ForecastJob.StateEnum.DONE && Instant.now().isBefore(deadline)) {
      assertThat(job.getState()).as(job.getError()).isNotEqualTo(ForecastJob.StateEnum.FAILED);
      Thread.sleep(500);
      job = finance.getForecast(id);
    }
    assertThat(job.getState()).isEqualTo(ForecastJob.StateEnum.DONE);
    ForecastReport report = finance.getForecastReport(id, "json", null);
    assertThat(report.getSpec().getFirstYear()).isEqualTo(2027);
    assertThat(report.getGroups()).isNotEmpty();
    assertThat(report.getTotalByYear()).containsKey("2027");
    assertThat(report.getComparison()).isNull(); // left out: none was asked
    finance.deleteForecast(id);
  }

  @Test
  void aCsvExportIsKeptAndACohortCalibrated() throws Exception {
    ScenariosApi finance = new ScenariosApi(Clients.as("finance"));
    Path mappings = REPO.resolve("seeds").resolve("mappings");
    File export = mappings.resolve("example-council.csv").toFile();
    File mapping = mappings.resolve("client-level-data.yaml").toFile();
    // The seeds' example export has three bad rows after three good ones: refused, each named.
    ProblemDetail notKept = refused(422, () -> finance.importCaseloadCsv(export, mapping));
    assertThat(notKept.getType()).hasToString("urn:openras:problem:caseload-not-imported");
    assertThat(notKept.getRowsRejected()).isEqualTo(3);
    assertThat(notKept.getErrors()).isNotEmpty();
    Path good = Files.createTempFile(Path.of("target"), "export-", ".csv");
    Files.write(good, Files.readAllLines(export.toPath()).subList(0, 4));
    Caseload fromCsv = finance.importCaseloadCsv(good.toFile(), mapping);
    assertThat(fromCsv.getId()).hasSize(64);
    assertThat(finance.getCaseload(fromCsv.getId()).getId()).isEqualTo(fromCsv.getId());

    String lines =
        Files.readString(REPO.resolve("seeds").resolve("caseloads").resolve("synthetic-500.jsonl"));
    Caseload cohort = finance.uploadCaseload(lines, "contract test");
    CalibrationsApi calibrations = new CalibrationsApi(Clients.as("finance"));
    CalibrationSummary summary =
        calibrations.calibrate(
            new CalibrationRequest()
                .cohortId(cohort.getId())
                .method(CalibrationRequest.MethodEnum.RATIO)
                .budget("25000.00"),
            null);
    assertThat(new java.math.BigDecimal(summary.getPricePerPoint())).isPositive();
    // The fit report through the typed methods: money as text, statistics as numbers.
    CalibrationReport fit = calibrations.getCalibrationReport(summary.getId(), "json");
    assertThat(fit.getSpec().getMethod()).isEqualTo(CalibrationSpec.MethodEnum.RATIO);
    assertThat(fit.getBudgetUsed()).isEqualTo("25000.00");
    assertThat(fit.getOverall().getPricePerPoint()).isEqualTo(summary.getPricePerPoint());
    assertThat(fit.getOverall().getrSquared()).isNotNull();
    assertThat(fit.getPeople()).isNotEmpty();
    assertThat(calibrations.getCalibration(summary.getId())).isEqualTo(fit);
    finance.deleteCaseload(fromCsv.getId());
    ProblemDetail gone = refused(404, () -> finance.getCaseload(fromCsv.getId()));
    assertThat(gone.getType()).hasToString("urn:openras:problem:caseload-not-found");
  }

  /** An indicative budget agreed as it stands (within tolerance, no panel), and read back. */
  @Test
  void anAgreedBudgetIsProposedAndRead() throws Exception {
    CalculationsApi calculations = new CalculationsApi(Clients.as("assessor"));
    CalculationResponse answer = null;
    for (Path file : seeds().toList()) {
      CalculationResponse a = calculations.calculate(seed(file), null);
      if (a.getRas() != null && a.getRas().getWeeklyBudget() != null) {
        answer = a;
        break;
      }
    }
    assertThat(answer).as("a seed person with a RAS budget").isNotNull();
    // The indicative figure: the adjusted one when an adjustments version was in force.
    String indicative =
        answer.getAdjustments() != null && Boolean.TRUE.equals(answer.getAdjustments().getInForce())
            ? answer.getAdjustments().getWeeklyBudget()
            : answer.getRas().getWeeklyBudget();
    AgreedBudgetsApi agreed = new AgreedBudgetsApi(Clients.as("assessor"));
    var proposed =
        agreed.proposeAgreedBudget(
            answer.getCalculationId(),
            new BudgetProposal().agreedWeeklyBudget(indicative).supportPlanWeeklyCost(indicative));
    assertThat(proposed.getAgreedWeeklyBudget()).isEqualTo(indicative);
    var read = agreed.getAgreedBudget(proposed.getId());
    assertThat(read.getId()).isEqualTo(proposed.getId());
    assertThat(read.getStatus()).isNotNull();
  }

  /** The seeds' example export imported, one statement's review read. */
  @Test
  void aDirectPaymentStatementIsImportedAndReviewed() throws Exception {
    Path mappings = REPO.resolve("seeds").resolve("mappings");
    DirectPaymentsApi finance = new DirectPaymentsApi(Clients.as("finance"));
    var report =
        finance.importDirectPaymentStatements(
            new StatementImportRequest()
                .csv(Files.readString(mappings.resolve("dp-statements-example.csv")))
                .mapping(Files.readString(mappings.resolve("dp-statements.yaml"))));
    assertThat(report.getImported()).isNotEmpty();
    var review = finance.getDirectPaymentStatement(report.getImported().get(0).getStatementId());
    assertThat(review).isNotNull();
  }

  /** The seeds' example register kept, its measures counted, and deleted. */
  @Test
  void aRegisterIsKeptAndItsMeasuresCounted() throws Exception {
    Path registers = REPO.resolve("seeds").resolve("registers");
    MeasuresApi measures = new MeasuresApi(Clients.as("finance"));
    var kept =
        measures.keepRegister(
            "contract test",
            registers.resolve("torbay-example.csv").toFile(),
            registers.resolve("torbay-example.yaml").toFile());
    String id = kept.getRegister().getId();
    assertThat(measures.listMeasureDefinitions()).isNotNull();
    assertThat(
            measures.countMeasures(
                id, LocalDate.of(2011, 4, 1), LocalDate.of(2012, 3, 31), null, null, null))
        .isNotNull();
    measures.deleteRegister(id);
  }

  /** A version published at start-up has its transparency record. */
  @Test
  void aPublishedVersionHasItsTransparencyRecord() throws Exception {
    var record = new RuleSetsApi(Clients.as("policy")).getTransparencyRecord("ras", "2025-04-01");
    assertThat(record.getRecord()).isNotNull();
    assertThat(record.getPublication()).isNotNull();
  }

  interface Call {
    Object run() throws ApiException;
  }

  /** The call is refused with this status; its body is the document's problem detail. */
  static ProblemDetail refused(int status, Call call) {
    ApiException e =
        catchThrowableOfType(
            ApiException.class,
            () -> {
              call.run();
            });
    assertThat(e).as("refused with " + status).isNotNull();
    assertThat(e.getCode()).as(e.getResponseBody()).isEqualTo(status);
    ProblemDetail problem = Clients.problem(e);
    assertThat(problem.getStatus()).isEqualTo(status);
    return problem;
  }
}
