/**
 * The April uprating: a policy officer's draft of next year's figures. From the version in force, a
 * new version of the same area from the next commencement date, with every dated figure listed
 * beside last year's value; the officer enters the circular's values (or carries a figure forward,
 * or leaves it absent: never zero); the changes in pounds and per cent with flags; and the draft's
 * files (manifest, rules with the package moved, figures, the cases that still hold). Shared by the
 * CLI ({@code openras policy uprate}) and the service (drafts kept in its database).
 */
package org.openras.engine.uprating;
