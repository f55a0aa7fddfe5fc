package org.openras.engine.scenario;

/**
 * One person's figures under one side, in pence (primitive, so a run holds no money objects per
 * person): the weekly indicative budget, the weekly contribution, the weekly net council cost and
 * the annual net council cost.
 */
public record SideFigures(long budget, long contribution, long net, long annualNet) {}
