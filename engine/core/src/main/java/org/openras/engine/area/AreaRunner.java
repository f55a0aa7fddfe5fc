package org.openras.engine.area;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.kie.api.runtime.KieSession;
import org.openras.engine.catalogue.RuleSetCatalogue;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.compile.CompiledRuleSet;
import org.openras.engine.compile.RuleBaseCache;
import org.openras.engine.explain.RunContext;
import org.openras.engine.params.Overrides;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.request.FieldError;

/**
 * Runs any {@link RuleArea} the same way (docs/adr/0011). {@link #prepare} selects the version in
 * force on the assessment date (or the pinned one), compiles it (or takes it from the cache) and
 * checks the request's part against it, so every area's version is compiled at the same moment,
 * before anything runs. {@link #run} takes a session from the version's pool, sets the global
 * {@code ctx}, inserts the area's facts, fires the version's named stages in order ({@link
 * CompiledRuleSet#fire}, which hands on a fault a rule raises as itself), disposes of the session
 * and lets the area read its result.
 */
public final class AreaRunner {
  /** The name of the DRL global every area's rules read: {@code global ... ctx;}. */
  public static final String GLOBAL = "ctx";

  private final RuleBaseCache cache;

  public AreaRunner(RuleBaseCache cache) {
    this.cache = cache;
  }

  /**
   * The compiled version an area runs on for this request, with the request's part checked against
   * it; empty when the request does not ask for the area, or when an optional area has no version
   * in force and none is pinned.
   *
   * @throws org.openras.engine.catalogue.RuleSetSelectionException when no version covers the date
   *     or the pinned one does not
   * @throws org.openras.engine.compile.RuleSetCompilationException when the version does not
   *     compile
   */
  public Optional<CompiledRuleSet> prepare(
      RuleSetCatalogue catalogue,
      RuleArea<?, ?, ?> area,
      CalculationRequest request,
      List<FieldError> errors) {
    if (!area.asked(request)) {
      return Optional.empty();
    }
    String pinned = request.pinned(area.area());
    Optional<RuleSetVersion> version =
        area.optional() && pinned == null
            ? catalogue.inForce(area.area(), request.assessmentDate())
            : Optional.of(catalogue.select(area.area(), request.assessmentDate(), pinned));
    Optional<CompiledRuleSet> compiled = version.map(cache::get);
    compiled.ifPresent(c -> area.validate(request, c, errors));
    return compiled;
  }

  /**
   * Runs an area once on a compiled version.
   *
   * @param sequence numbers the reasons across the areas of one calculation
   * @param overrides a scenario's overrides that apply to this person ({@link Overrides#NONE})
   */
  public <I, C extends RunContext, R> AreaOutcome<R> run(
      RuleArea<I, C, R> area,
      CompiledRuleSet compiled,
      I input,
      AtomicInteger sequence,
      Overrides overrides) {
    C ctx = area.context(compiled, input, sequence);
    ctx.useOverrides(overrides);
    KieSession session = compiled.newSession();
    List<Object> facts;
    try {
      session.setGlobal(GLOBAL, ctx);
      area.facts(compiled, input, ctx).forEach(session::insert);
      compiled.fire(session);
      facts = new ArrayList<>(session.getObjects());
    } finally {
      session.dispose();
    }
    R result = area.read(input, new RuleFacts(compiled.version(), facts), ctx);
    List<RuleSetVersion> versions = new ArrayList<>();
    versions.add(compiled.version());
    versions.addAll(area.alsoUsed(input));
    return new AreaOutcome<>(result, versions, ctx.reasons(), ctx.parametersRead());
  }
}
