package org.openras.engine.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.kie.api.runtime.rule.RuleContext;
import org.openras.engine.catalogue.InvalidRuleSetException;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.explain.RunContext;
import org.openras.engine.params.ParameterDefinition;
import org.openras.engine.params.ParameterRead;
import org.openras.engine.params.ParameterSet;

/**
 * The DRL global {@code ctx} of the eligibility area: whole-number and text parameters (each read
 * recorded), the FACS band ranks of the version's criteria, and findings and decisions stated in
 * the firing rule's own words and cited to its {@code @source}.
 */
public final class EligibilityContext extends RunContext {
  private final ParameterSet parameters;
  private final Criteria criteria;
  private final Map<String, ParameterRead> reads = new LinkedHashMap<>();

  public EligibilityContext(
      LocalDate date,
      RuleSetVersion version,
      ParameterSet parameters,
      Criteria criteria,
      AtomicInteger sequence) {
    super(date, version, parameters, sequence);
    this.parameters = parameters;
    this.criteria = criteria;
  }

  /** A whole-number parameter in force on the date, such as the outcomes required. */
  public int whole(String name) {
    return Integer.parseInt(read(name).value());
  }

  /** A text parameter in force on the date, such as the council's FACS threshold band. */
  public String text(String name) {
    return read(name).value();
  }

  /** The rank of the council's threshold band; a threshold that is not a band is a rule error. */
  public int thresholdRank() {
    String threshold = text("threshold");
    int rank = criteria.rank(threshold);
    if (rank == 0) {
      throw new InvalidRuleSetException(
          version().source().location() + "/" + ParameterSet.FILE,
          "the threshold '" + threshold + "' is not a band of " + Criteria.FILE);
    }
    return rank;
  }

  /** The codes a rule collected, in code order, so an explanation reads the same every run. */
  public List<String> sorted(List<?> codes) {
    return codes.stream().map(String::valueOf).sorted().toList();
  }

  public ConditionFinding finding(RuleContext rule, String party, String condition, boolean met) {
    return new ConditionFinding(party, condition, met, statement(rule), source(rule));
  }

  public EligibilityDecision decision(RuleContext rule, String party, boolean eligible) {
    return new EligibilityDecision(party, eligible, statement(rule), source(rule));
  }

  public CountedOutcome counted(RuleContext rule, OutcomeAssessment outcome) {
    return new CountedOutcome(outcome, source(rule));
  }

  public RasBasis rasBasis(RuleContext rule, String basis) {
    return new RasBasis(basis, statement(rule) + " (" + source(rule) + ")");
  }

  private static String statement(RuleContext rule) {
    String name = rule.getRule().getName();
    int space = name.indexOf(' ');
    return space < 0 ? name : name.substring(space + 1);
  }

  private ParameterRead read(String name) {
    return reads.computeIfAbsent(
        name, n -> parameters.read(n, ParameterDefinition.NO_KEY, getDate()));
  }

  @Override
  public List<ParameterRead> parametersRead() {
    List<ParameterRead> all = new ArrayList<>(super.parametersRead());
    all.addAll(reads.values());
    return all;
  }

  /** The adult's finding on a Care Act condition, by type (rules in named stages, ADR 0016). */
  public ConditionFinding adultFinding(RuleContext rule, CareActCondition condition, boolean met) {
    return finding(rule, OutcomeAssessment.ADULT, condition.code(), met);
  }

  /** The carer's finding on a Care Act condition, by type (rules in named stages). */
  public ConditionFinding carerFinding(RuleContext rule, CareActCondition condition, boolean met) {
    return finding(rule, OutcomeAssessment.CARER, condition.code(), met);
  }

  /** The adult's decision (rules in named stages, which name no party by a word). */
  public EligibilityDecision adultDecision(RuleContext rule, boolean eligible) {
    return decision(rule, OutcomeAssessment.ADULT, eligible);
  }

  /** The carer's decision (rules in named stages). */
  public EligibilityDecision carerDecision(RuleContext rule, boolean eligible) {
    return decision(rule, OutcomeAssessment.CARER, eligible);
  }
}
