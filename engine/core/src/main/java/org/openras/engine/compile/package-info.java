/** Compiling a rule-set version once with the Drools executable model, and keeping it. */
package org.openras.engine.compile;
