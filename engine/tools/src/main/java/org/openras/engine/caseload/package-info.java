/**
 * A caseload: the people a council supports, one line each, as a finance officer models them. Each
 * line of a caseload file (JSON Lines) is a calculation request plus, optionally, the weekly cost
 * of the person's agreed support plan today ({@code actualWeeklyCost}), which scenarios report
 * beside the indicative budgets.
 */
package org.openras.engine.caseload;
