package org.openras.engine.calibration;

import java.time.LocalDate;

/**
 * Where a draft RAS version's figures came from, written as {@code provenance.yaml} in the version
 * folder (hashed with the version; the manifest reader is strict, so it is not in {@code
 * ruleset.yaml}).
 *
 * @param cohortSha256 SHA-256 of the cohort file's bytes
 * @param sourceVersion the RAS version copied, with its hash ({@code ras/2025-04-01@...})
 * @param ranBy who ran the calibration (a name or role the council records; not a service user)
 */
public record Provenance(
    String cohortSha256,
    String method,
    boolean byGroup,
    boolean outliersSetAside,
    String budgetAvailable,
    String contingency,
    int peopleFitted,
    int peopleSetAside,
    int linesNotUsed,
    String sourceVersion,
    String engineVersion,
    LocalDate ranOn,
    String ranBy) {

  static Provenance of(
      CalibrationReport r, String sourceVersion, String engineVersion, LocalDate on, String by) {
    int setAside = r.setAside().size();
    return new Provenance(
        r.cohortSha256(),
        r.spec().method().code(),
        r.spec().byGroup(),
        r.spec().setAsideOutliers(),
        r.budgetUsed() == null
            ? null
            : String.format(java.util.Locale.ROOT, "%.2f", r.budgetUsed()),
        r.spec().contingency().toPlainString(),
        r.people().size() - setAside,
        setAside,
        r.problems().size(),
        sourceVersion,
        engineVersion,
        on,
        by);
  }
}
