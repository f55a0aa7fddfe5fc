/**
 * The rule sets the service runs: read once at start-up from a rules folder (a checkout's {@code
 * rules/}, or one a council configures) or from the rules jar, and all compiled before the first
 * assessment, so a broken rule set stops the service from starting instead of failing a person.
 * Anyone signed in may read what is served (each version's figures, rules and cases); a policy
 * officer may check a served version (validate it, run its cases) and see what changes between two
 * versions and for whom, before a new one is published.
 *
 * <p>The policy officer's pages ({@code PolicyPages}, docs/adr/0015) list the versions, show one
 * with its publication state, publish or withdraw it, run its cases and validation, and compare
 * two.
 */
package org.openras.service.ruleset;
