/**
 * What every rule area shares (docs/adr/0011): the contract an area fulfils ({@link
 * org.openras.engine.area.RuleArea}), the one runner that selects, compiles and runs a version for
 * it ({@link org.openras.engine.area.AreaRunner}), the facts the rules leave for the area to read
 * ({@link org.openras.engine.area.RuleFacts}) and the outcome every area returns ({@link
 * org.openras.engine.area.AreaOutcome}).
 */
package org.openras.engine.area;
