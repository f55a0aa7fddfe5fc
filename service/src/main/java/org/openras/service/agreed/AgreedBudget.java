package org.openras.service.agreed;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.openras.engine.money.Money;

/**
 * An agreed budget as it stands (table {@code agreed_budget}); its history is its steps in the
 * audit trail.
 *
 * @param indicativeWeeklyBudget the calculation's indicative weekly figure: the adjusted budget
 *     when an adjustments version was in force, otherwise the RAS budget
 * @param ceiling the RAS ceiling of the calculation (null when its version has none)
 * @param difference the agreed weekly budget less the indicative one (negative when less)
 * @param needsPanel whether approval by a panel member other than the proposer is needed
 * @param panelBecause why (empty when it was agreed within tolerance)
 * @param lastRecordId the audit record of the latest step
 */
public record AgreedBudget(
    UUID id,
    UUID calculationId,
    String personRef,
    LocalDate assessmentDate,
    String primarySupportReason,
    Status status,
    Money indicativeWeeklyBudget,
    Money ceiling,
    Money agreedWeeklyBudget,
    Money supportPlanWeeklyCost,
    Money difference,
    String reasonCode,
    String reasonWords,
    String reasonText,
    boolean needsPanel,
    String panelBecause,
    LocalDate startsOn,
    String proposedBy,
    Instant proposedAt,
    String decidedBy,
    Instant decidedAt,
    String decisionReasons,
    UUID lastRecordId)
    implements Serializable {

  /** Where an agreed budget stands. */
  public enum Status {
    /** Proposed; a panel member other than the proposer must approve or refuse it. */
    AWAITING_PANEL,
    /** Agreed: within tolerance as proposed, or approved by a panel member. */
    AGREED,
    /** Refused by a panel member, with reasons. */
    REFUSED,
    /** Withdrawn by its proposer before a decision. */
    WITHDRAWN
  }

  AgreedBudget decided(Status to, String by, Instant at, String reasons, UUID record) {
    return new AgreedBudget(
        id,
        calculationId,
        personRef,
        assessmentDate,
        primarySupportReason,
        to,
        indicativeWeeklyBudget,
        ceiling,
        agreedWeeklyBudget,
        supportPlanWeeklyCost,
        difference,
        reasonCode,
        reasonWords,
        reasonText,
        needsPanel,
        panelBecause,
        startsOn,
        proposedBy,
        proposedAt,
        by,
        at,
        reasons,
        record);
  }
}
