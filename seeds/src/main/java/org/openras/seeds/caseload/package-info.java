/**
 * Synthetic caseloads: invented people receiving long-term adult social care, in the mix of ages,
 * primary support reasons, needs and unpaid support that seeds/README.md documents with its
 * sources. Deterministic: the same seed gives the same people, and person i is the same whatever
 * the caseload's size.
 */
package org.openras.seeds.caseload;
