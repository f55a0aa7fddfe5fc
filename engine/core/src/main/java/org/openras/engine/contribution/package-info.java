/**
 * Contributions: what a person pays towards the care the council arranges outside a care home, from
 * a Care Act financial assessment (Care Act 2014 s.14 and s.17; Charging Regulations 2014).
 * Capital, tariff income, income counted and disregarded, the Minimum Income Guarantee, housing
 * costs and disability-related expenditure give the most the person can be asked to pay; it is
 * capped at the cost of care, and the council pays the rest. A council's local options are a
 * parameter-only overlay under {@code councils/<council>/}, kept apart from the national figures.
 */
package org.openras.engine.contribution;
