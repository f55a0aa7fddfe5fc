/** Exact money: pounds and pence, with the rounding named wherever a part penny can arise. */
package org.openras.engine.money;
