package org.openras.service.agreed;

import java.util.UUID;

/**
 * The step is not allowed for the agreed budget as it stands (409): it was already decided or
 * withdrawn; or (403, {@link #ownProposal}) a proposer tried to approve or refuse their own.
 */
public class AgreedBudgetConflictException extends RuntimeException {
  final UUID id;
  final AgreedBudget.Status status;
  final boolean ownProposal;

  AgreedBudgetConflictException(UUID id, AgreedBudget.Status status, boolean own, String message) {
    super(message);
    this.id = id;
    this.status = status;
    this.ownProposal = own;
  }
}
