package org.openras.engine.scenario;

/**
 * One person's result under both sides, held only while its batch is committed (a run keeps no
 * object per person).
 *
 * @param line the caseload line (1-based)
 * @param psr the ordinal of the primary support reason
 * @param age whole years on the baseline's assessment date, or -1 when no date of birth was given
 * @param actual the agreed plan's actual weekly cost in pence, or -1 when not given
 */
record PersonOutcome(
    long line,
    String personRef,
    int psr,
    int age,
    long actual,
    SideFigures baseline,
    SideFigures candidate) {

  long change() {
    return candidate.net() - baseline.net();
  }

  ChangeBand band() {
    return ChangeBand.of(baseline.net(), candidate.net());
  }
}
