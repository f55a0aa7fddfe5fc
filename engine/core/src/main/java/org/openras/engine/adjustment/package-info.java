/**
 * In-year adjustments: changes in cost, demand and affordability a council decides during a year
 * (an uplift of the price per point for a client group or a domain from a date, an affordability
 * factor, and transitional protection so that no one's indicative budget falls by more than a set
 * share at reassessment). Runs after the RAS when a version is in force; with none in force there
 * is no adjustment, and the result says so.
 */
package org.openras.engine.adjustment;
