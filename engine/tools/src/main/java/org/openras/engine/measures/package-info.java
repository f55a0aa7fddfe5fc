/**
 * Personalisation measures (issue 25, docs/adr/0030): a council's register of people receiving
 * long-term support, counted against dated, cited measure definitions ({@code rules/measures/}) —
 * the national ASCOF measure of self-directed support and direct payments, and a council's own —
 * period by period, each figure with its numerator, denominator and the people excluded and why,
 * and compared with the milestones of the council's plan.
 */
package org.openras.engine.measures;
