/**
 * The rule-set catalogue: dated versions of each rule area (eligibility, RAS, contributions,
 * adjustments, council overlays), read from a folder or the rules jar, and the rule that decides
 * which version is in force on an assessment date (DESIGN.md §2).
 */
package org.openras.engine.catalogue;
