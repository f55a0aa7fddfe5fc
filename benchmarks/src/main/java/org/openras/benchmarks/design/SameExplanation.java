package org.openras.benchmarks.design;

import java.util.ArrayList;
import java.util.List;
import org.openras.engine.area.AreaOutcome;
import org.openras.engine.explain.Reason;
import org.openras.engine.params.ParameterRead;
import org.openras.engine.ras.RasResult;

/**
 * Compares the design's run with the engine's: the whole RAS result (every figure, statement and
 * flag), every line of the explanation (rule id, sentence, source, what it read and produced, with
 * their values), and every parameter read. Lines are compared as a multiset: the one-firing design
 * writes each domain's lookup beside its reduction, where the engine writes every lookup first.
 */
public final class SameExplanation {
  private SameExplanation() {}

  /** Every difference, as "what: engine X, design Y"; empty when they agree. */
  public static List<String> differences(
      AreaOutcome<RasResult> engine, AreaOutcome<RasResult> design) {
    List<String> out = new ArrayList<>();
    if (!engine.result().equals(design.result())) {
      out.add("result: engine " + engine.result() + ", design " + design.result());
    }
    List<String> e = lines(engine.reasons());
    List<String> d = lines(design.reasons());
    if (!e.equals(d)) {
      out.add("explanation: engine " + e + ", design " + d);
    }
    List<String> pe = reads(engine.parameters());
    List<String> pd = reads(design.parameters());
    if (!pe.equals(pd)) {
      out.add("parameters read: engine " + pe + ", design " + pd);
    }
    if (!engine.versions().get(0).version().equals(design.versions().get(0).version())) {
      out.add("version: engine " + engine.versions() + ", design " + design.versions());
    }
    return out;
  }

  /** Throws naming the differences, unless there are none. */
  public static void check(
      String person, AreaOutcome<RasResult> engine, AreaOutcome<RasResult> design) {
    List<String> differences = differences(engine, design);
    if (!differences.isEmpty()) {
      throw new IllegalStateException(
          "the design disagrees with the engine for " + person + ": " + differences);
    }
  }

  /** Each reason as one line of text, numbered lines in order, then sorted. */
  static List<String> lines(List<Reason> reasons) {
    List<String> out = new ArrayList<>();
    int seq = 0;
    for (Reason r : reasons) {
      if (r.getSeq() <= seq) {
        out.add("out of order: " + r.getSeq() + " after " + seq);
      }
      seq = r.getSeq();
      out.add(
          String.join(
              " | ",
              r.getArea(),
              r.getVersion(),
              r.getRuleId(),
              r.getRule(),
              String.valueOf(r.getSource()),
              "read " + r.getRead(),
              "produced " + r.getProduced()));
    }
    out.sort(null);
    return out;
  }

  static List<String> reads(List<ParameterRead> reads) {
    List<String> out = new ArrayList<>(reads.stream().map(ParameterRead::toString).toList());
    out.sort(null);
    return out;
  }
}
