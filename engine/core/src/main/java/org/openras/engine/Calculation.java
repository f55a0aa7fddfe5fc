package org.openras.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.openras.engine.area.AreaOutcome;
import org.openras.engine.area.AreaRunner;
import org.openras.engine.area.RuleArea;
import org.openras.engine.catalogue.RuleSetCatalogue;
import org.openras.engine.compile.CompiledRuleSet;
import org.openras.engine.explain.Reason;
import org.openras.engine.params.Overrides;
import org.openras.engine.params.ParameterRead;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.request.FieldError;
import org.openras.engine.result.RuleSetUsed;

/**
 * One calculation as it goes through the areas: the version each area runs on, chosen and checked
 * before any area runs, and what the areas produced, in the order they ran.
 */
final class Calculation {
  private final AreaRunner runner;
  private final Map<String, CompiledRuleSet> versions;
  private final AtomicInteger sequence = new AtomicInteger();
  private final List<RuleSetUsed> used = new ArrayList<>();
  private final List<Reason> trace = new ArrayList<>();
  private final List<ParameterRead> parameters = new ArrayList<>();
  private Overrides overrides = Overrides.NONE;

  private Calculation(AreaRunner runner, Map<String, CompiledRuleSet> versions) {
    this.runner = runner;
    this.versions = versions;
  }

  /**
   * Selects and compiles every asked area's version and checks the request's part against it, in
   * the order the areas run, before anything runs; adds to {@code errors} every field an area
   * cannot take.
   */
  static Calculation select(
      AreaRunner runner,
      RuleSetCatalogue catalogue,
      CalculationRequest request,
      List<RuleArea<?, ?, ?>> areas,
      List<FieldError> errors) {
    Map<String, CompiledRuleSet> versions = new HashMap<>();
    for (RuleArea<?, ?, ?> area : areas) {
      runner
          .prepare(catalogue, area, request, errors)
          .ifPresent(compiled -> versions.put(area.area(), compiled));
    }
    return new Calculation(runner, versions);
  }

  /**
   * Ready to run, with a scenario's overrides that apply to this person ({@link Overrides#NONE} for
   * an ordinary calculation).
   */
  Calculation withOverrides(Overrides forPerson) {
    this.overrides = forPerson;
    return this;
  }

  /** True when the area has a version to run on (it was asked for and, if optional, in force). */
  boolean selected(RuleArea<?, ?, ?> area) {
    return versions.containsKey(area.area());
  }

  /**
   * Runs the area on its version and records what it produced; empty, and {@code input} never made,
   * when the area has no version to run on.
   */
  <I, R> Optional<R> run(RuleArea<I, ?, R> area, Supplier<I> input) {
    CompiledRuleSet compiled = versions.get(area.area());
    if (compiled == null) {
      return Optional.empty();
    }
    AreaOutcome<R> outcome = runner.run(area, compiled, input.get(), sequence, overrides);
    outcome.versions().forEach(v -> used.add(RuleSetUsed.of(v)));
    trace.addAll(outcome.reasons());
    parameters.addAll(outcome.parameters());
    return Optional.of(outcome.result());
  }

  List<RuleSetUsed> used() {
    return List.copyOf(used);
  }

  List<Reason> trace() {
    return trace;
  }

  List<ParameterRead> parameters() {
    return parameters;
  }
}
