package org.openras.service.agreed;

/**
 * A panel member's decision, or a proposer's withdrawal.
 *
 * @param reasons why (required to refuse or withdraw; at most 2,000 characters)
 */
public record BudgetDecision(String reasons) {}
