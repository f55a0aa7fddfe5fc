package org.openras.engine.result;

import java.time.LocalDate;
import java.util.List;
import org.openras.engine.directpayment.DirectPaymentResult;
import org.openras.engine.explain.Reason;
import org.openras.engine.params.ParameterRead;

/**
 * Everything one review of a direct-payment account's period produced (docs/adr/0029): the figures,
 * the rule-set versions used with their hashes (the national version, then the council's overlay),
 * every figure read with the version it came from, and the trace of the rules that fired, in order.
 */
public record AccountReview(
    String accountRef,
    LocalDate periodStart,
    LocalDate periodEnd,
    String engineVersion,
    List<RuleSetUsed> ruleSets,
    DirectPaymentResult directPayments,
    List<Reason> trace,
    List<ParameterRead> parameters) {

  public AccountReview {
    ruleSets = List.copyOf(ruleSets);
    trace = List.copyOf(trace);
    parameters = List.copyOf(parameters);
  }
}
