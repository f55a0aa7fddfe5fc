/**
 * The Resource Allocation System: a needs questionnaire scored in points, reduced where unpaid
 * carers meet part of a need, priced per point by primary support reason, with a floor and a panel
 * ceiling, giving an indicative (not final) personal budget.
 */
package org.openras.engine.ras;
