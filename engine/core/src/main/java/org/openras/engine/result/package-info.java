/**
 * What a calculation answers: the figures of each area, the versions used, the parameters read, the
 * trace.
 */
package org.openras.engine.result;
