/**
 * Finance modelling (DESIGN.md §4 "A scenario"): a caseload run under a baseline (the rule-set
 * versions in force on a date) and a candidate (other versions, or parameter overrides such as
 * "price per point +3% for older people"), person by person on every core, streaming. Per person:
 * indicative budget, contribution and net council cost under both sides and the change; then weekly
 * and annual totals, totals by primary support reason, winners and losers in five bands,
 * percentiles of change and the people losing more than a threshold. In a scenario the cost behind
 * the net amount is each side's indicative budget; the caseload's actual plan cost is reported
 * beside it.
 */
package org.openras.engine.scenario;
