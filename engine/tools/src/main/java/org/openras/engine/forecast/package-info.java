/**
 * Medium-term financial planning (issue 26, ADR 0031): a demand forecast of people supported per
 * client group from a monthly history (linear or log-linear trend chosen by a backtest, with OLS
 * prediction intervals), young people arriving from children's services the month they turn 18
 * costed by the engine on the rules in force when they arrive, and the net council cost by
 * financial year and client group, with the effect of re-aligning budgets between groups.
 */
package org.openras.engine.forecast;
