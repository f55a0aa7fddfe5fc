package org.openras.service.calibration;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What a calibration found, in brief: the overall price per point and fit, how many people were
 * fitted, set aside or not used, the draft written (if any) and whether its own cases passed, and
 * the addresses of the full report. Serializable: the calibration page passes it to the report page
 * as a flash attribute, which is kept in the session, in the database (ADR 0021). The price per
 * point is money as the API writes it, pounds to the penny (rounded half-up from the fit; the
 * report keeps the estimate as fitted). A calibration of the agreed budgets recorded in a period
 * also gives the gap between their indicative and agreed figures by client group and by reason
 * ({@code agreedGap}); absent for a file's cohort.
 */
public record CalibrationSummary(
    String id,
    String cohortId,
    String method,
    String pricePerPoint,
    double rSquared,
    double within10,
    double within20,
    int peopleFitted,
    int setAside,
    int linesNotUsed,
    String draftVersion,
    Boolean draftCasesPassed,
    List<String> notes,
    Map<String, String> reports,
    List<AgreedGap> agreedGap)
    implements Serializable {}
