package org.openras.engine.result;

import java.time.LocalDate;
import java.util.List;
import org.openras.engine.contribution.ContributionResult;
import org.openras.engine.explain.Reason;
import org.openras.engine.params.ParameterRead;
import org.openras.engine.ras.RasResult;

/**
 * Everything one calculation produced: the figures of each area that ran, the rule-set versions
 * used (with hashes), every parameter value read, and the trace of rules that fired, in order.
 * {@code ras} is null when the request carried no needs; {@code contribution} when it carried no
 * finances.
 */
public record CalculationResult(
    String personRef,
    LocalDate assessmentDate,
    String engineVersion,
    List<RuleSetUsed> ruleSets,
    RasResult ras,
    List<Reason> trace,
    List<ParameterRead> parameters,
    // contributions (issue 5): null when the request carried no finances
    ContributionResult contribution) {}
