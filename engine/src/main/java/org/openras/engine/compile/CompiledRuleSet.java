package org.openras.engine.compile;

import org.kie.api.KieBase;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.params.ParameterSet;

/** A rule-set version compiled once: its Drools rule base and its parsed parameters. */
public record CompiledRuleSet(
    RuleSetVersion version, KieBase kieBase, ParameterSet parameters, int ruleCount) {}
