/**
 * A version's figures (prices per point, floors, MIG amounts...), each with its unit, period,
 * reference and confidence marker, keyed by the date it takes effect.
 */
package org.openras.engine.params;
