package org.openras.engine.result;

import java.time.LocalDate;
import java.util.List;
import org.openras.engine.adjustment.AdjustmentResult;
import org.openras.engine.contribution.ContributionResult;
import org.openras.engine.eligibility.EligibilityResult;
import org.openras.engine.explain.Reason;
import org.openras.engine.params.ParameterRead;
import org.openras.engine.ras.RasResult;

/**
 * Everything one calculation produced: the figures of each area that ran, the rule-set versions
 * used (with hashes), every parameter value read, and the trace of rules that fired, in order.
 *
 * @param eligibility the adult's and carer's decisions; null when the request had no eligibility
 *     section
 * @param ras the indicative budget; null when the request had no needs, or when the person was
 *     found not eligible and the request did not ask for the figure ({@code eligibility.rasNote}
 *     says so)
 * @param contribution the financial assessment; null when the request carried no finances
 * @param adjustments the in-year adjustment of the RAS budget (or a note that none is in force);
 *     null when no RAS figure was calculated
 */
public record CalculationResult(
    String personRef,
    LocalDate assessmentDate,
    String engineVersion,
    List<RuleSetUsed> ruleSets,
    EligibilityResult eligibility,
    RasResult ras,
    List<Reason> trace,
    List<ParameterRead> parameters,
    // contributions (issue 5): null when the request carried no finances
    ContributionResult contribution,
    // adjustments (issue 8): null when no RAS figure was calculated
    AdjustmentResult adjustments) {}
