/**
 * Direct-payment monitoring (docs/adr/0029): the fifth rule area, beside the calculation pipeline.
 * One account's statement for a period in, the amount the council may recover out: the commitments
 * met first (and, for a holder who has died, only the liabilities to the date of death), the
 * contingency the person keeps, a de-minimis amount, the surplus, what happens to unpaid
 * contributions and to the share of a deceased holder's balance that came from their own
 * contributions, and when the next review and return are due. National defaults in {@code
 * directpayments/<version>}, a council's choices in {@code directpayments-councils/<council>}. Uses
 * no other rule area.
 */
package org.openras.engine.directpayment;
