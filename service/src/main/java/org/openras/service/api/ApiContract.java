package org.openras.service.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openras.engine.calibration.FitResult;
import org.openras.engine.calibration.Method;
import org.openras.engine.envelope.EnvelopeReport;
import org.openras.engine.measures.ClientType;
import org.openras.engine.request.PrimarySupportReason;
import org.openras.engine.scenario.ChangeBand;
import org.openras.service.agreed.AgreedBudget;
import org.openras.service.approval.Proposal;
import org.openras.service.audit.AuditEntry;
import org.openras.service.directpayment.DirectPayments;
import org.openras.service.publication.VersionState;

/**
 * The contract a client developer can trust (issue 20, docs/adr/0023), applied last to the served
 * document: operation ids that read as method names, the security requirement once for the whole
 * API, every refusal each operation can answer with its problem types, the problem detail's
 * extension members, closed sets as enums, and the reports' media types. The table of refusals is
 * here, beside the operations it names; the contract suite ({@code contract/}) drives every
 * operation through a client generated from this document and fails on any status or member the
 * document does not declare.
 */
final class ApiContract {
  static final String PROBLEM = "application/problem+json";
  static final String PROBLEM_REF = "#/components/schemas/ProblemDetail";
  static final String TYPE = "urn:openras:problem:";

  private ApiContract() {}

  /** An operation: its id (a method name in a generated client) and its own refusals. */
  record Contract(String id, Map<String, List<String>> refusals) {}

  /** "400" to the problem types the operation may answer with it; "about:blank" for Spring's. */
  private static Map<String, List<String>> codes(String... codeThenTypes) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String entry : codeThenTypes) {
      String[] parts = entry.split(" ");
      out.put(parts[0], List.of(Arrays.copyOfRange(parts, 1, parts.length)));
    }
    return out;
  }

  private static final String BAD = "400 invalid-request";
  private static final String BAD_ID = "400 invalid-request";
  private static final String RULE_SET_404 = "404 rule-set-not-found";

  /** Keyed "METHOD path", as the document writes them. */
  static final Map<String, Contract> OPERATIONS = new LinkedHashMap<>();

  static {
    op(
        "POST /api/v1/calculations",
        "calculate",
        BAD,
        "422 no-rule-set missing-parameter",
        "503 audit-unavailable identity-provider-unavailable");
    op(
        "GET /api/v1/calculations/{id}",
        "getCalculationRecord",
        BAD_ID,
        "404 calculation-not-found");
    op(
        "POST /api/v1/calculations/{id}/replay",
        "replayCalculation",
        BAD,
        "404 calculation-not-found",
        "422 no-rule-set missing-parameter");
    op(
        "GET /api/v1/calculations/{id}/proof",
        "getInclusionProof",
        BAD_ID,
        "404 calculation-not-found",
        "409 checkpoint-refused");
    op("GET /api/v1/audit/verify", "verifyAuditLog");
    op("POST /api/v1/audit/checkpoints", "signCheckpoint", "409 checkpoint-refused");
    op("GET /api/v1/rulesets", "listRuleSets");
    op("GET /api/v1/rulesets/{area}/{version}", "getRuleSetVersion", RULE_SET_404);
    op("GET /api/v1/rulesets/{area}/diff", "diffRuleSetVersions", BAD, RULE_SET_404);
    op("POST /api/v1/rulesets/validate", "validateRuleSet", BAD, RULE_SET_404);
    op("GET /api/v1/rulesets/publications", "getPublicationLog");
    op(
        "POST /api/v1/rulesets/{area}/{version}/publication",
        "publishRuleSetVersion",
        BAD,
        RULE_SET_404,
        "409 publication-conflict",
        "422 version-not-publishable",
        "503 published-rules-unreadable identity-provider-unavailable");
    op(
        "POST /api/v1/rulesets/{area}/{version}/withdrawal",
        "withdrawRuleSetVersion",
        BAD,
        RULE_SET_404,
        "409 publication-conflict");
    op(
        "POST /api/v1/rulesets/{area}/uprating",
        "startUprating",
        BAD,
        "404 rule-set-not-found uprating-not-found",
        "409 uprating-conflict");
    op(
        "GET /api/v1/rulesets/{area}/uprating/{version}",
        "getUpratingDraft",
        BAD,
        "404 uprating-not-found rule-set-not-found");
    op(
        "PUT /api/v1/rulesets/{area}/uprating/{version}",
        "enterUpratingFigures",
        BAD,
        "404 uprating-not-found rule-set-not-found",
        "409 uprating-conflict");
    op(
        "DELETE /api/v1/rulesets/{area}/uprating/{version}",
        "discardUpratingDraft",
        "404 uprating-not-found rule-set-not-found",
        "409 uprating-conflict");
    op("GET /api/v1/sources", "listSources");
    op("GET /api/v1/sources/resolution", "resolveSource", BAD, "404 about:blank");
    op(
        "POST /api/v1/caseloads",
        "uploadCaseload",
        "400 invalid-request",
        "422 caseload-not-imported");
    op(
        "POST /api/v1/caseloads/csv",
        "importCaseloadCsv",
        "400 invalid-request",
        "422 caseload-not-imported");
    op("GET /api/v1/caseloads/{id}", "getCaseload", "404 caseload-not-found");
    op("DELETE /api/v1/caseloads/{id}", "deleteCaseload", "404 caseload-not-found");
    op("POST /api/v1/scenarios", "startScenario", BAD, "404 caseload-not-found", "422 no-rule-set");
    op("GET /api/v1/scenarios/{id}", "getScenario", "404 scenario-not-found");
    op("DELETE /api/v1/scenarios/{id}", "cancelScenario", "404 scenario-not-found");
    op(
        "GET /api/v1/scenarios/{id}/report",
        "getScenarioReport",
        BAD,
        "404 scenario-not-found",
        "409 report-not-ready");
    op(
        "POST /api/v1/calibrations",
        "calibrate",
        BAD,
        "404 caseload-not-found",
        "422 cannot-calibrate");
    op("GET /api/v1/calibrations/{id}", "getCalibration", "404 calibration-not-found");
    op(
        "GET /api/v1/calibrations/{id}/report",
        "getCalibrationReport",
        BAD,
        "404 calibration-not-found");
  }

  // Finding earlier work (issue 21, docs/adr/0024).
  static {
    op("GET /api/v1/calculations", "searchOwnCalculations", BAD);
    op("GET /api/v1/audit/records", "searchAuditRecords", BAD);
    op("GET /api/v1/caseloads", "listCaseloads");
    op("GET /api/v1/scenarios", "listScenarios");
    op("GET /api/v1/calibrations", "listCalibrations");
  }

  // Medium-term financial planning (issue 26, docs/adr/0032).
  static {
    op(
        "POST /api/v1/forecasts",
        "startForecast",
        BAD,
        "404 caseload-not-found",
        "422 forecast-input-not-read");
    op("GET /api/v1/forecasts", "listForecasts");
    op("GET /api/v1/forecasts/{id}", "getForecast", "404 forecast-not-found");
    op("DELETE /api/v1/forecasts/{id}", "deleteForecast", "404 forecast-not-found");
    op(
        "GET /api/v1/forecasts/{id}/report",
        "getForecastReport",
        BAD,
        "404 forecast-not-found",
        "409 report-not-ready");
  }

  // Personalisation measures over a register (issue 25, docs/adr/0030).
  static {
    op("POST /api/v1/registers", "keepRegister", BAD, "422 register-not-imported");
    op("GET /api/v1/registers", "listRegisters");
    op("GET /api/v1/registers/{id}", "getRegister", "404 register-not-found");
    op("DELETE /api/v1/registers/{id}", "deleteRegister", "404 register-not-found");
    op("GET /api/v1/registers/{id}/measures", "countMeasures", BAD, "404 register-not-found");
    op(
        "GET /api/v1/registers/{id}/measures/{measure}/people",
        "listMeasurePeople",
        BAD,
        "404 register-not-found");
    op("GET /api/v1/measures", "listMeasureDefinitions");
  }

  // Agreed budgets and the panel (issue 23, docs/adr/0027).
  static {
    String notFound = "404 agreed-budget-not-found calculation-not-found";
    op(
        "POST /api/v1/calculations/{id}/agreed-budgets",
        "proposeAgreedBudget",
        BAD,
        notFound,
        "409 agreed-budget-conflict");
    op(
        "GET /api/v1/calculations/{id}/agreed-budgets",
        "listAgreedBudgetsOfCalculation",
        BAD_ID,
        notFound);
    op("GET /api/v1/agreed-budgets", "listAgreedBudgets", BAD);
    op("GET /api/v1/agreed-budgets/{id}", "getAgreedBudget", BAD_ID, notFound);
    op("GET /api/v1/agreed-budgets/{id}/steps", "getAgreedBudgetSteps", BAD_ID, notFound);
    for (String step : new String[] {"approval", "refusal", "withdrawal"}) {
      op(
          "POST /api/v1/agreed-budgets/{id}/" + step,
          switch (step) {
            case "approval" -> "approveAgreedBudget";
            case "refusal" -> "refuseAgreedBudget";
            default -> "withdrawAgreedBudget";
          },
          BAD,
          "403 own-proposal",
          notFound,
          "409 agreed-budget-conflict");
    }
  }

  // Four-eyes publishing and transparency records (issue 23, docs/adr/0028).
  static {
    String decided = "409 proposal-stale proposal-decided review-changed proposal-conflict";
    op(
        "POST /api/v1/rulesets/{area}/{version}/proposals",
        "proposeRuleSetVersion",
        BAD,
        RULE_SET_404,
        "409 proposal-conflict publication-conflict",
        "422 version-not-publishable");
    op("GET /api/v1/rulesets/proposals", "listProposals", BAD);
    op(
        "GET /api/v1/rulesets/proposals/{id}",
        "getProposalReview",
        BAD_ID,
        "404 proposal-not-found");
    op(
        "POST /api/v1/rulesets/proposals/{id}/approval",
        "approveProposal",
        BAD,
        "403 own-proposal",
        "404 proposal-not-found",
        decided + " publication-conflict",
        "422 version-not-publishable");
    op(
        "POST /api/v1/rulesets/proposals/{id}/rejection",
        "rejectProposal",
        BAD,
        "404 proposal-not-found",
        decided);
    op(
        "GET /api/v1/rulesets/{area}/{version}/transparency",
        "getTransparencyRecord",
        RULE_SET_404 + " not-published");
    // With two people required, the one-step routes answer that a proposal is needed.
    for (String route :
        new String[] {
          "POST /api/v1/rulesets/{area}/{version}/publication",
          "POST /api/v1/rulesets/{area}/{version}/withdrawal"
        }) {
      Contract c = OPERATIONS.get(route);
      Map<String, List<String>> refusals = new LinkedHashMap<>(c.refusals());
      refusals.merge("409", List.of("approval-required"), ApiContract::union);
      OPERATIONS.put(route, new Contract(c.id(), refusals));
    }
  }

  // Direct-payment monitoring (issue 24, docs/adr/0029).
  static {
    String notFound = "404 direct-payment-statement-not-found";
    op(
        "POST /api/v1/direct-payments/statements",
        "importDirectPaymentStatements",
        BAD,
        "422 no-rule-set");
    op("GET /api/v1/direct-payments/accounts", "listDirectPaymentAccounts", BAD);
    op(
        "GET /api/v1/direct-payments/statements/{id}",
        "getDirectPaymentStatement",
        BAD_ID,
        notFound);
    op(
        "POST /api/v1/direct-payments/statements/{id}/decisions",
        "decideDirectPaymentSurplus",
        BAD,
        notFound);
    op(
        "GET /api/v1/direct-payments/statements/{id}/letter",
        "getDirectPaymentLetter",
        BAD_ID,
        notFound);
    op(
        "GET /api/v1/direct-payments/statements/{id}/letter.pdf",
        "getDirectPaymentLetterPdf",
        BAD_ID,
        notFound);
  }

  // Safe retries (docs/adr/0022): every operation that takes an Idempotency-Key may refuse it.
  static {
    for (var keyed : org.openras.service.idempotency.IdempotentOperations.ALL) {
      Contract c = OPERATIONS.get(keyed.name());
      if (c != null) {
        Map<String, List<String>> refusals = new LinkedHashMap<>(c.refusals());
        refusals.merge("400", List.of("invalid-request"), ApiContract::union);
        refusals.merge("409", List.of("idempotency-key-in-flight"), ApiContract::union);
        refusals.merge("422", List.of("idempotency-key-reused"), ApiContract::union);
        OPERATIONS.put(keyed.name(), new Contract(c.id(), refusals));
      }
    }
  }

  private static void op(String key, String id, String... refusals) {
    OPERATIONS.put(key, new Contract(id, codes(refusals)));
  }

  static void apply(OpenAPI api, ApiDescriptions words) {
    if (api.getPaths() == null) {
      return;
    }
    // Spring's error endpoint is how refusals are written, never an operation of the API.
    api.getPaths().keySet().removeIf(path -> path.equals("/error"));
    api.setSecurity(
        List.of(
            new SecurityRequirement().addList("basic"),
            new SecurityRequirement().addList("bearer")));
    for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> e :
          path.getValue().readOperationsMap().entrySet()) {
        String key = e.getKey().name() + " " + path.getKey();
        Operation op = e.getValue();
        op.setSecurity(null); // the document's own requirement applies: HTTP Basic or a bearer
        Contract contract = OPERATIONS.get(key);
        if (contract == null) {
          throw new IllegalStateException(
              key + " has no entry in ApiContract.OPERATIONS: give it an id and its refusals");
        }
        op.setOperationId(contract.id());
        plainJson(op);
        declare(op, e.getKey(), contract, words, keyed(key));
      }
    }
    problemMembers(api.getComponents().getSchemas().get("ProblemDetail"));
    closedSets(api.getComponents().getSchemas(), words);
    reports(api);
  }

  /**
   * The reports as they are sent: a calibration's fit report is JSON; a report by format is JSON,
   * HTML or CSV (the format parameter chooses). Their JSON has the schemas of {@link
   * ReportSchemas}, from the engine's records that write them: closed, every member described.
   */
  static void reports(OpenAPI api) {
    Schema<?> calibration = ref(ReportSchemas.CALIBRATION);
    ok(api, "/api/v1/calibrations/{id}", new Content().addMediaType(JSON, media(calibration)));
    Content calibrationReport =
        new Content()
            .addMediaType(JSON, media(ref(ReportSchemas.CALIBRATION)))
            .addMediaType("text/html", media(text("format=html: the report as a page")))
            .addMediaType(
                "text/csv", media(text("format=residuals or problems: one row per person")));
    ok(api, "/api/v1/calibrations/{id}/report", calibrationReport);
    Schema<?> scenario =
        new ComposedSchema()
            .addOneOfItem(ref(ReportSchemas.SCENARIO))
            .addOneOfItem(ref(ReportSchemas.ENVELOPE))
            .description(
                "format=json: the scenario's report (ScenarioReport); format=envelope: the"
                    + " envelope's report (EnvelopeReport).");
    Content scenarioReport =
        new Content()
            .addMediaType(JSON, media(scenario))
            .addMediaType("text/html", media(text("format=html or envelope-html: a page")))
            .addMediaType("text/csv", media(text("format=csv or problems: one row per person")));
    ok(api, "/api/v1/scenarios/{id}/report", scenarioReport);
    ok(
        api,
        "/api/v1/forecasts/{id}/report",
        new Content()
            .addMediaType(JSON, media(ref(ReportSchemas.FORECAST)))
            .addMediaType(
                "text/csv",
                media(text("format=csv: one row per financial year and client group"))));
    // A PDF is sent as its bytes, never base64 text (springdoc writes byte[] as format byte).
    Schema<?> pdf = new StringSchema().format("binary").description("The letter as a PDF file.");
    ok(
        api,
        "/api/v1/direct-payments/statements/{id}/letter.pdf",
        new Content().addMediaType("application/pdf", media(pdf)));
  }

  private static final String JSON = "application/json";

  private static Schema<?> ref(String schema) {
    return new Schema<>().$ref("#/components/schemas/" + schema);
  }

  private static MediaType media(Schema<?> schema) {
    return new MediaType().schema(schema);
  }

  private static Schema<?> text(String description) {
    return new StringSchema().description(description);
  }

  private static void ok(OpenAPI api, String path, Content content) {
    PathItem item = api.getPaths().get(path);
    if (item != null && item.getGet() != null && item.getGet().getResponses() != null) {
      ApiResponse ok = item.getGet().getResponses().get("200");
      if (ok != null) {
        ok.setContent(content);
      }
    }
  }

  /**
   * A result springdoc could not type by media (any, {@code *}/{@code *}) is JSON: the service
   * answers application/json for every result that is not a report (json.PlainJsonAnswers).
   */
  private static void plainJson(Operation op) {
    if (op.getResponses() == null) {
      return;
    }
    op.getResponses()
        .values()
        .forEach(
            r -> {
              if (r.getContent() != null && r.getContent().containsKey("*/*")) {
                MediaType any = r.getContent().remove("*/*");
                r.getContent().addMediaType(JSON, any);
              }
            });
  }

  /**
   * Every refusal of the operation, each with the problem types it may carry, from this table
   * alone: whatever springdoc or an annotation put under a 4xx or 5xx code is replaced, so the
   * document and the table cannot disagree (OpenApiDocumentTest checks each operation against
   * {@link #refusalsOf}).
   */
  private static void declare(
      Operation op,
      PathItem.HttpMethod method,
      Contract contract,
      ApiDescriptions words,
      boolean keyed) {
    ApiResponses responses = op.getResponses();
    responses.keySet().removeIf(code -> code.startsWith("4") || code.startsWith("5"));
    refusalsOf(method, op.getRequestBody() != null, contract)
        .forEach(
            (code, types) -> {
              ApiResponse response =
                  new ApiResponse()
                      .description(
                          words(code, types, words)
                              + (keyed && code.equals("400")
                                  ? "; or: " + words.idempotency("400")
                                  : "")
                              + ". Problem types: "
                              + String.join(", ", types.stream().map(ApiContract::uri).toList())
                              + ".")
                      .content(
                          new Content()
                              .addMediaType(
                                  PROBLEM,
                                  new MediaType().schema(new Schema<>().$ref(PROBLEM_REF))));
              if (types.contains("too-many-sign-ins")) {
                response.addHeaderObject(
                    "Retry-After",
                    new Header()
                        .description(words.response("retryAfter"))
                        .schema(new IntegerSchema()));
              }
              if (types.contains("idempotency-key-in-flight")) {
                response.addHeaderObject(
                    "Retry-After",
                    new Header()
                        .description(words.idempotency("retryAfter"))
                        .schema(new IntegerSchema()));
              }
              responses.addApiResponse(code, response);
            });
  }

  /** Whether the operation takes an Idempotency-Key (docs/adr/0022). */
  private static boolean keyed(String key) {
    return org.openras.service.idempotency.IdempotentOperations.ALL.stream()
        .anyMatch(k -> k.name().equals(key));
  }

  /**
   * The refusals an operation declares: those every operation can meet before its controller runs
   * (401, 403, 429 and 503 from sign-in; 403 for another site's page, 400, 413 and 415 for a body),
   * then the operation's own from {@link #OPERATIONS}, by status code in order.
   */
  static Map<String, List<String>> refusalsOf(
      PathItem.HttpMethod method, boolean hasBody, Contract contract) {
    Map<String, List<String>> all = new TreeMap<>();
    all.put("401", List.of("unauthenticated"));
    all.put("403", List.of("forbidden"));
    if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD) {
      all.put("403", List.of("forbidden", "cross-site-request"));
    }
    all.put("429", List.of("too-many-sign-ins"));
    all.put("503", List.of("identity-provider-unavailable"));
    if (hasBody) {
      all.put("400", List.of("invalid-request"));
      all.put("413", List.of("payload-too-large"));
      all.put("415", List.of("about:blank"));
    }
    contract.refusals().forEach((code, types) -> all.merge(code, types, ApiContract::union));
    return all;
  }

  /**
   * A status's words: what it means, and the reason of each refusal that brings words of its own.
   */
  private static String words(String code, List<String> types, ApiDescriptions words) {
    List<String> said = new ArrayList<>();
    if (!code.equals("429")) { // the sign-in words below say it all
      said.add(defaultWords(code));
    }
    for (String type : types) {
      String more =
          switch (type) {
            case "too-many-sign-ins" -> words.response("429");
            case "cross-site-request" -> words.response("403");
            case "idempotency-key-in-flight" -> words.idempotency("409");
            case "idempotency-key-reused" -> words.idempotency("422");
            default -> null;
          };
      if (more != null) {
        said.add(more.strip().replaceAll("\\.$", ""));
      }
    }
    return String.join("; or: ", said);
  }

  private static List<String> union(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    b.stream().filter(t -> !out.contains(t)).forEach(out::add);
    return out;
  }

  static String uri(String slug) {
    return slug.equals("about:blank") ? slug : TYPE + slug;
  }

  private static String defaultWords(String code) {
    return switch (code) {
      case "400" -> "The request is invalid: errors names every bad field";
      case "401" -> "No credentials, wrong ones, or a bearer token refused";
      case "403" -> "Your role may not use this operation";
      case "404" -> "Nothing has this id";
      case "409" -> "The operation conflicts with the current state";
      case "413" -> "The body is larger than the service reads";
      case "415" -> "The body is sent without its Content-Type, or with another one";
      case "422" -> "The request is well formed but cannot be answered";
      case "429" -> "Too many failed sign-ins";
      case "503" -> "A service this answer depends on is unavailable; try again later";
      default -> "Refused";
    };
  }

  /**
   * The members refusals carry beside RFC 9457's own (every place that sets a property on a
   * ProblemDetail in the service), so a client that refuses unknown members still reads them.
   */
  static void problemMembers(Schema<?> problem) {
    if (problem == null) {
      return;
    }
    Map<String, Schema> p = new LinkedHashMap<>();
    p.put("area", new StringSchema().description("The rule area concerned, e.g. ras."));
    p.put("date", new StringSchema().format("date").description("The date concerned, yyyy-MM-dd."));
    p.put(
        "pinnedVersion",
        new StringSchema().description("The version the request pinned for the area, if any."));
    p.put(
        "periods",
        new ArraySchema()
            .items(
                new ObjectSchema()
                    .addProperty("version", described("The version."))
                    .addProperty("from", described("Its first day, yyyy-MM-dd.").format("date"))
                    .addProperty(
                        "to",
                        described("Its last day, yyyy-MM-dd; absent: open-ended.").format("date"))
                    .description("A version and the days it covers (to absent: open-ended)."))
            .description("no-rule-set: the versions that exist and the days each covers."));
    p.put("version", new StringSchema().description("The rule-set version concerned."));
    p.put("parameter", new StringSchema().description("missing-parameter: the figure's name."));
    p.put("description", new StringSchema().description("missing-parameter: what the figure is."));
    p.put(
        "chargingYear",
        new StringSchema().description("missing-parameter: the charging year it was sought for."));
    p.put(
        "whatWouldSupplyIt",
        new StringSchema().description("missing-parameter: what would supply the figure."));
    p.put(
        "calculationId",
        new StringSchema().format("uuid").description("calculation-not-found: the id asked for."));
    p.put(
        "caseloadId",
        new StringSchema().description("caseload-not-found: the id (SHA-256) asked for."));
    p.put(
        "reason",
        new StringSchema().description("unauthenticated: why a bearer token was refused."));
    p.put(
        "retryAfterSeconds",
        new IntegerSchema().description("too-many-sign-ins: seconds to wait (as Retry-After)."));
    p.put(
        "limitBytes",
        new IntegerSchema()
            .format("int64")
            .description("payload-too-large: the largest body read, in bytes."));
    p.put(
        "rowsRead",
        new IntegerSchema().description("caseload-not-imported: rows read from the export."));
    p.put("rowsRejected", new IntegerSchema().description("caseload-not-imported: rows refused."));
    p.put(
        "problemCount",
        new IntegerSchema().description("caseload-not-imported: problems found in all."));
    StringSchema state = new StringSchema();
    state.setEnum(List.of("DRAFT", "PUBLISHED", "SCHEDULED", "WITHDRAWN"));
    p.put("state", state.description("publication-conflict: the version's state today."));
    ObjectSchema finding = new ObjectSchema();
    StringSchema severity = described("ERROR stops publication; WARNING does not.");
    severity.setEnum(List.of("ERROR", "WARNING"));
    finding
        .addProperty("severity", severity)
        .addProperty("file", described("The version's file concerned."))
        .addProperty("line", new IntegerSchema().description("The line in it (0: none)."))
        .addProperty("message", described("What is wrong."))
        .addProperty("whatToDo", described("What to do about it."));
    p.put(
        "findings",
        new ArraySchema()
            .items(finding.description("One finding of the version's checks."))
            .description("version-not-publishable: the checks' findings."));
    p.put(
        "versions",
        new ArraySchema()
            .items(new StringSchema())
            .description("rule-set-not-found: the versions the area has."));
    p.put(
        "areas",
        new ArraySchema()
            .items(new StringSchema())
            .description("rule-set-not-found: the areas the service has."));
    p.put(
        "refused",
        new ArraySchema()
            .items(
                new ObjectSchema()
                    .addProperty("version", described("The version refused."))
                    .addProperty("problem", described("Why it was refused."))
                    .description("One version refused."))
            .description("published-rules-unreadable: each version refused and why."));
    p.forEach(problem::addProperty);
    if (problem.getProperties().get("type") instanceof Schema<?> type) {
      type.setDescription(
          type.getDescription() == null
              ? "The kind of problem, a stable URI: urn:openras:problem:<slug>, or about:blank."
              : type.getDescription());
    }
  }

  private static StringSchema described(String words) {
    StringSchema s = new StringSchema();
    s.setDescription(words);
    return s;
  }

  /** Sets closed by the engine or the shipped rule sets, written as enums. */
  static void closedSets(Map<String, Schema> schemas, ApiDescriptions words) {
    List<String> reasons = Arrays.stream(PrimarySupportReason.values()).map(r -> r.name()).toList();
    enumOf(schemas, "RasResult", "primarySupportReason", reasons);
    enumOf(schemas, "AdjustmentResult", "primarySupportReason", reasons);
    List<String> adultLimbs = words.codeList("adultLimbs");
    itemsEnum(schemas, "OutcomeCounted", "limbs", adultLimbs);
    itemsEnum(schemas, "OutcomeRecord", "limbs", adultLimbs);
    enumOf(schemas, "ContributionResult", "migCategory", words.codeList("migCategories"));
    List<String> integrity = List.of("intact", "hash-mismatch");
    enumOf(schemas, "CalculationRecord", "integrity", integrity);
    enumOf(schemas, "StepRecord", "integrity", integrity);
    enumOf(schemas, "AgreedBudget", "primarySupportReason", reasons);
    enumOf(schemas, "AgreedBudget", "status", names(AgreedBudget.Status.values()));
    // FACS 2003's four bands (LAC(2002)13): fixed by the guidance the eligibility rules replay.
    List<String> bands = List.of("CRITICAL", "SUBSTANTIAL", "MODERATE", "LOW");
    enumOf(schemas, "Facs", "band", bands);
    enumOf(schemas, "Facs", "threshold", bands);
    enumOf(schemas, "RiskFactorRecorded", "band", bands);
    List<String> methods = Arrays.stream(Method.values()).map(Method::code).toList();
    enumOf(schemas, "CalibrationRequest", "method", methods);
    enumOf(schemas, "CalibrationSummary", "method", methods);
    List<String> decisions = DirectPayments.DECISIONS;
    enumOf(schemas, "DirectPaymentDecision", "decision", decisions);
    enumOf(schemas, "DirectPaymentDecisionRequest", "decision", decisions);
    enumOf(schemas, "AccountLine", "lastDecision", decisions);
    List<String> actions = names(Proposal.Action.values());
    enumOf(schemas, "ProposalView", "action", actions);
    enumOf(schemas, "PublicationReview", "action", actions);
    List<String> states = names(VersionState.State.values());
    enumOf(schemas, "TransparencyPublication", "state", states);
    enumOf(schemas, "PublicationReview", "state", states);
    enumOf(schemas, "PersonView", "clientType", names(ClientType.values()));
    enumOf(schemas, "MeasureDefinition", "owner", List.of("national", "council"));
    for (String[] marked :
        new String[][] {
          {"UpratingEntry", "marker"},
          {"UpratingLast", "marker"},
          {"ParameterRead", "marker"},
          {"RuleSetParameterValue", "marker"}
        }) {
      enumOf(schemas, marked[0], marked[1], MARKERS);
    }
    enumOf(schemas, "StepRecord", "kind", List.of(AuditEntry.AGREED_BUDGET));
    enumOf(schemas, "ReplayReport", "rules", List.of("recorded", "current"));
    enumOf(schemas, "AgreedGap", "by", List.of("clientGroup", "reason"));
    // The reports' JSON (ReportSchemas): closed sets the engine decides.
    enumOf(schemas, "CalibrationSpec", "method", methods);
    List<String> groups = new ArrayList<>(reasons);
    groups.add(FitResult.EVERYONE);
    enumOf(schemas, "CalibrationFit", "group", groups);
    enumOf(schemas, "CalibrationPerson", "primarySupportReason", reasons);
    enumOf(schemas, "ScenarioGroupRow", "primarySupportReason", reasons);
    enumOf(schemas, "ScenarioBandRow", "band", names(ChangeBand.values()));
    enumOf(schemas, "EnvelopeReport", "status", EnvelopeReport.STATUSES);
    enumOf(schemas, "ForecastYearEnvelope", "status", EnvelopeReport.STATUSES);
    Schema<?> calibration = schemas.get("CalibrationSummary");
    if (calibration != null && calibration.getProperties() != null) {
      Schema<?> price = calibration.getProperties().get("pricePerPoint");
      if (price != null) {
        price.setPattern(OpenApiConfiguration.MONEY_PATTERN);
        price.setExample("6.35");
      }
    }
  }

  /**
   * A figure's confidence markers, R read in a source, D derived, I illustrative: the only ones the
   * engine's checks of a version (policy.ParameterCheck) and of an uprating draft accept.
   */
  private static final List<String> MARKERS = List.of("R", "D", "I");

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }

  private static void enumOf(
      Map<String, Schema> schemas, String schema, String property, List<String> codes) {
    Schema<?> s = schemas.get(schema);
    if (s != null && s.getProperties() != null && s.getProperties().get(property) != null) {
      @SuppressWarnings("unchecked")
      Schema<Object> p = (Schema<Object>) s.getProperties().get(property);
      if (p.getEnum() == null || p.getEnum().isEmpty()) {
        p.setEnum(new ArrayList<>(codes));
      }
    }
  }

  private static void itemsEnum(
      Map<String, Schema> schemas, String schema, String property, List<String> codes) {
    Schema<?> s = schemas.get(schema);
    if (s != null && s.getProperties() != null && s.getProperties().get(property) != null) {
      @SuppressWarnings("unchecked")
      Schema<Object> items = (Schema<Object>) s.getProperties().get(property).getItems();
      if (items != null) {
        items.setEnum(new ArrayList<>(codes));
      }
    }
  }
}
