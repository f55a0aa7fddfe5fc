package org.openras.engine.area;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.compile.CompiledRuleSet;
import org.openras.engine.explain.RunContext;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.request.FieldError;

/**
 * One rule area (eligibility, RAS, adjustments, contributions), as the {@link AreaRunner} runs it
 * (docs/adr/0011): it checks the request's part against the version selected, makes the DRL global
 * {@code ctx} and the facts the rules start from, and reads the facts the rules left into its
 * result. Selecting and compiling the version, the session, firing the version's stages and the
 * faults a rule raises are the runner's, the same for every area.
 *
 * @param <I> what one run of the area starts from: the request, with what earlier areas found
 * @param <C> the area's DRL global {@code ctx}
 * @param <R> the area's result, as the calculation result carries it
 */
public interface RuleArea<I, C extends RunContext, R> {

  /** The area's folder in the rule store, and its key in a request's pinned versions. */
  String area();

  /** True when the request carries this area's inputs, so the area is selected and checked. */
  boolean asked(CalculationRequest request);

  /**
   * True for an area that runs only when a version covers the assessment date or one is pinned
   * (adjustments: none in force is no adjustment); false for an area whose missing version refuses
   * the request.
   */
  default boolean optional() {
    return false;
  }

  /** Adds an error for every field of the request's part the compiled version cannot take. */
  void validate(CalculationRequest request, CompiledRuleSet compiled, List<FieldError> errors);

  /** The DRL global {@code ctx} of one run; {@code sequence} numbers the calculation's reasons. */
  C context(CompiledRuleSet compiled, I input, AtomicInteger sequence);

  /** The facts the rules start from, in the order they are inserted. */
  List<Object> facts(CompiledRuleSet compiled, I input, C ctx);

  /**
   * Reads the area's result from the facts the rules left: the one place an area's outcome is read.
   * A figure the rules should have produced and did not is a fault of the rule set ({@link
   * RuleFacts#incomplete}), never a silent zero. A version may leave its figures as typed facts or
   * as named ones; the reader takes what the version produces.
   */
  R read(I input, RuleFacts facts, C ctx);

  /** Versions the run read besides the area's own (a council overlay), recorded after it. */
  default List<RuleSetVersion> alsoUsed(I input) {
    return List.of();
  }
}
