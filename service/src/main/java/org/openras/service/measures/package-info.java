/**
 * Personalisation measures over a council's register (issue 25, docs/adr/0030): the register kept
 * for a stated time, the measures counted by the engine's definitions ({@code
 * org.openras.engine.measures}), over HTTP and on the finance and policy officers' pages.
 */
package org.openras.service.measures;
