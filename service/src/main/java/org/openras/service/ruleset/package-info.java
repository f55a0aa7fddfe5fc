/**
 * The rule sets the service runs: read once at start-up from a rules folder (a checkout's {@code
 * rules/}, or one a council configures) or from the rules jar, and all compiled before the first
 * assessment, so a broken rule set stops the service from starting instead of failing a person.
 */
package org.openras.service.ruleset;
