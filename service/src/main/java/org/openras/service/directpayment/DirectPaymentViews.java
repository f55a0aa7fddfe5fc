package org.openras.service.directpayment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openras.engine.money.Money;
import org.openras.engine.result.AccountReview;
import org.openras.seeds.importer.ImportProblem;

/** What the API and the pages show of direct-payment monitoring. */
public final class DirectPaymentViews {
  private DirectPaymentViews() {}

  /** An import: rows read, the statements kept, and every line not kept with its column. */
  public record StatementImportReport(
      UUID importId,
      long rowsRead,
      List<ImportedStatement> imported,
      List<ImportProblem> problems) {}

  /** One statement kept by an import. */
  public record ImportedStatement(
      long line, String accountRef, LocalDate periodEnd, UUID statementId) {}

  /**
   * One account on a monitoring list: its latest statement, what the rules found and the last
   * decision on it, if any.
   *
   * @param surplusSince the end of the first period of the account's latest unbroken run of periods
   *     with an amount recoverable; null when none is recoverable now
   */
  public record AccountLine(
      String accountRef,
      UUID statementId,
      LocalDate periodEnd,
      boolean deceased,
      Money recoverable,
      LocalDate surplusSince,
      Money contributionArrears,
      LocalDate nextReviewDue,
      LocalDate nextReturnDue,
      String lastDecision) {}

  /** The finance officers' lists, as of a day. */
  public record DirectPaymentMonitoring(
      LocalDate asOf,
      List<AccountLine> recoverableSurplus,
      List<AccountLine> deceased,
      List<AccountLine> dueReview,
      List<AccountLine> overdueReturns) {}

  /** One statement reviewed, with the decisions on it. */
  public record StatementReview(
      UUID statementId,
      AccountReview review,
      List<StatementTable.DirectPaymentDecision> decisions) {}

  /** A decision asked for: RECOVER, WAIVE (with a reason) or DEFER. */
  public record DirectPaymentDecisionRequest(String decision, String reason) {}
}
