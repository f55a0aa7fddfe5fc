package org.openras.engine.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.openras.engine.catalogue.InvalidRuleSetException;
import org.openras.engine.catalogue.RuleSetManifest;
import org.openras.engine.catalogue.RuleSetSource;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.catalogue.VersionHasher;
import org.openras.engine.compile.CompiledRuleSet;
import org.openras.engine.compile.RuleBaseCache;
import org.openras.engine.explain.Reason;
import org.openras.engine.explain.RunContext;
import org.openras.engine.params.MissingParameterException;
import org.openras.engine.params.Overrides;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.request.FieldError;

/**
 * The runner does the common part the same for any area (docs/adr/0011): the global, the facts, the
 * version's stages in order, the reasons numbered across a calculation, a fresh working memory per
 * run, a rule's fault handed on as itself, and a figure the rules did not produce named as a fault
 * of the rule set.
 */
class AreaRunnerTest {
  static final String DRL =
      """
      package org.openras.rules.test.v2026_01_01;
      global org.openras.engine.explain.RunContext ctx;

      rule "T-2 doubles the halved number"
        agenda-group "second"
      when
        $h : Halved()
      then
        ctx.reason(kcontext).read("halved", $h.getValue()).produced("answer", $h.getValue() * 4);
        insert(String.valueOf($h.getValue() * 4));
      end

      rule "T-1 halves a positive even number"
        agenda-group "first"
      when
        $n : Integer(this > 0, this % 2 == 0)
      then
        ctx.reason(kcontext).read("number", $n);
        insert(new Halved($n / 2));
      end

      rule "T-3 zero reads a figure the version does not have"
        agenda-group "first"
      when
        Integer(this == 0)
      then
        ctx.money("absent");
      end

      declare Halved
        value : int
      end
      """;

  /** The smallest area: a number in, the rules' answer out. */
  static final class Doubling implements RuleArea<Integer, RunContext, String> {
    @Override
    public String area() {
      return "test";
    }

    @Override
    public boolean asked(CalculationRequest request) {
      return true;
    }

    @Override
    public void validate(
        CalculationRequest request, CompiledRuleSet compiled, List<FieldError> errors) {}

    @Override
    public RunContext context(CompiledRuleSet compiled, Integer input, AtomicInteger sequence) {
      return new RunContext(
          LocalDate.of(2026, 1, 1), compiled.version(), compiled.parameters(), sequence);
    }

    @Override
    public List<Object> facts(CompiledRuleSet compiled, Integer input, RunContext ctx) {
      return List.of(input);
    }

    @Override
    public String read(Integer input, RuleFacts facts, RunContext ctx) {
      return facts.one(String.class, "answer");
    }
  }

  private static final CompiledRuleSet COMPILED = compile();
  private final AreaRunner runner = new AreaRunner(new RuleBaseCache());
  private final Doubling area = new Doubling();

  @Test
  void runsTheStagesInOrderAndReturnsTheOutcome() {
    AtomicInteger sequence = new AtomicInteger(5);
    AreaOutcome<String> outcome = runner.run(area, COMPILED, 10, sequence, Overrides.NONE);
    assertThat(outcome.result()).isEqualTo("20");
    assertThat(outcome.versions()).containsExactly(COMPILED.version());
    assertThat(outcome.reasons())
        .extracting(Reason::getRuleId, Reason::getSeq)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("T-1", 6),
            org.assertj.core.groups.Tuple.tuple("T-2", 7));
    assertThat(sequence).hasValue(7);
  }

  @Test
  void eachRunStartsFromAnEmptyWorkingMemory() {
    for (int i = 1; i <= 6; i++) {
      assertThat(runner.run(area, COMPILED, 2 * i, new AtomicInteger(), Overrides.NONE).result())
          .isEqualTo(String.valueOf(4 * i));
    }
  }

  @Test
  void anAnswerTheRulesDidNotProduceIsAFaultOfTheRuleSet() {
    assertThatThrownBy(() -> runner.run(area, COMPILED, 3, new AtomicInteger(), Overrides.NONE))
        .isInstanceOf(InvalidRuleSetException.class)
        .hasMessage(
            COMPILED.version().source().location()
                + ": no rule produced the answer; check the rules' conditions cover every case");
  }

  @Test
  void aFaultARuleRaisesReachesTheCallerAsItself() {
    assertThatThrownBy(() -> runner.run(area, COMPILED, 0, new AtomicInteger(), Overrides.NONE))
        .isInstanceOf(MissingParameterException.class)
        .hasMessageContaining("absent");
  }

  @Test
  void factsAreReadByTypeOrInterfaceAndTwoOfAKindAreAFault() {
    RuleFacts facts = new RuleFacts(COMPILED.version(), List.of("a", 1, "b", 2L));
    assertThat(facts.all(CharSequence.class)).containsExactly("a", "b");
    assertThat(facts.all(Number.class)).containsExactly(1, 2L);
    assertThat(facts.has(Double.class)).isFalse();
    assertThatThrownBy(() -> facts.one(String.class, "letter"))
        .isInstanceOf(InvalidRuleSetException.class)
        .hasMessageEndingWith(
            "more than one rule produced the letter; check the rules' conditions cover every case");
    assertThatThrownBy(() -> facts.first("a", "b", "letter"))
        .hasMessageContaining("more than one rule produced the letter");
    assertThatThrownBy(() -> facts.required(null, "figure"))
        .hasMessageContaining("no rule produced the figure");
  }

  private static CompiledRuleSet compile() {
    TreeMap<String, byte[]> files = new TreeMap<>();
    files.put("Doubling.drl", DRL.getBytes(StandardCharsets.UTF_8));
    RuleSetSource source = new RuleSetSource("test", "2026-01-01", files);
    RuleSetManifest manifest =
        new RuleSetManifest(
            "test",
            "2026-01-01",
            LocalDate.of(2026, 1, 1),
            null,
            "doubling",
            null,
            null,
            null,
            null,
            null,
            List.of("first", "second"));
    return new RuleBaseCache()
        .get(new RuleSetVersion(manifest, source, VersionHasher.hash(source), null));
  }
}
