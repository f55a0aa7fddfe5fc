package org.openras.engine.ras;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.openras.engine.area.RuleArea;
import org.openras.engine.area.RuleFacts;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.compile.CompiledRuleSet;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.request.FieldError;

/**
 * The RAS area ({@link RuleArea}): checks a request's needs against the questionnaire of the
 * version in force, gives the rules the person's client group and answers, and reads the figures
 * back from the facts the rules inserted ({@link RasReader}).
 */
public final class RasArea implements RuleArea<RasArea.Input, RasContext, RasResult> {
  public static final String AREA = "ras";

  private final Map<String, Questionnaire> questionnaires = new ConcurrentHashMap<>();
  private final Map<String, PointsTable> pointsTables = new ConcurrentHashMap<>();

  /** The questionnaire of a version, parsed once. */
  public Questionnaire questionnaire(RuleSetVersion version) {
    return questionnaires.computeIfAbsent(version.hash(), h -> Questionnaire.load(version));
  }

  private PointsTable pointsTable(RuleSetVersion version) {
    return pointsTables.computeIfAbsent(
        version.hash(), h -> new PointsTable(version, questionnaire(version)));
  }

  @Override
  public String area() {
    return AREA;
  }

  /** The RAS runs when the request gives needs. */
  @Override
  public boolean asked(CalculationRequest request) {
    return request.needs() != null;
  }

  /** Adds an error for every answer or share the version's questionnaire cannot take. */
  @Override
  public void validate(
      CalculationRequest request, CompiledRuleSet compiled, List<FieldError> errors) {
    RuleSetVersion version = compiled.version();
    Questionnaire q = questionnaire(version);
    PointsTable table = pointsTable(version);
    if (request.person() == null || request.person().primarySupportReason() == null) {
      errors.add(
          new FieldError(
              "person.primarySupportReason",
              "is required to price the points (one of the national primary support reasons)"));
    }
    for (var answer : request.needs().entrySet()) {
      String field = "needs." + answer.getKey();
      var domain = java.util.Optional.ofNullable(table.domain(answer.getKey()));
      if (domain.isEmpty()) {
        errors.add(new FieldError(field, "unknown domain; the domains are " + q.byCode().keySet()));
      } else if (answer.getValue() == null
          || answer.getValue() < 0
          || answer.getValue() > domain.get().maxLevel()) {
        errors.add(
            new FieldError(
                field,
                "answer level "
                    + answer.getValue()
                    + " is out of range; levels run from 0 to "
                    + domain.get().maxLevel()));
      }
    }
    for (Questionnaire.Domain d : q.domains()) {
      String code = d.code();
      if (!request.needs().containsKey(code)) {
        errors.add(
            new FieldError(
                "needs." + code,
                "no answer; answer every domain (level 0 where there is no need)"));
      }
    }
    for (var share : request.informalSupport().entrySet()) {
      String field = "informalSupport." + share.getKey();
      BigDecimal value = share.getValue();
      if (table.domain(share.getKey()) == null) {
        errors.add(new FieldError(field, "unknown domain; the domains are " + q.byCode().keySet()));
      } else if (value == null || value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
        errors.add(new FieldError(field, "the share met by unpaid carers must be between 0 and 1"));
      }
    }
  }

  /**
   * What one run of the RAS starts from: the request, and on what footing the figure is given
   * ({@link RasResult#basis()}, from the eligibility area or {@link
   * RasResult#ELIGIBILITY_NOT_ASSESSED}).
   */
  public record Input(CalculationRequest request, String basis) {}

  @Override
  public RasContext context(CompiledRuleSet compiled, Input input, AtomicInteger sequence) {
    RuleSetVersion version = compiled.version();
    return new RasContext(
        input.request().assessmentDate(),
        version,
        compiled.parameters(),
        pointsTable(version),
        sequence);
  }

  /** The person's client group, then one answer per questionnaire domain, in its order. */
  @Override
  public List<Object> facts(CompiledRuleSet compiled, Input input, RasContext ctx) {
    CalculationRequest request = input.request();
    List<Object> facts = new ArrayList<>();
    facts.add(new RasPerson(request.person().primarySupportReason()));
    for (var domain : questionnaire(compiled.version()).domains()) {
      BigDecimal share = request.informalSupport().getOrDefault(domain.code(), BigDecimal.ZERO);
      facts.add(
          new DomainAnswer(
              domain.code(), request.needs().get(domain.code()), domain.deflatable(), share));
    }
    return facts;
  }

  /** Reads the figures back from the facts the rules inserted ({@link RasReader}). */
  @Override
  public RasResult read(Input input, RuleFacts facts, RasContext ctx) {
    RuleSetVersion version = facts.version();
    return RasReader.read(
        questionnaire(version), pointsTable(version), input.request(), input.basis(), facts);
  }
}
