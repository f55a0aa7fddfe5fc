package org.openras.engine.caseload;

import org.openras.engine.money.Money;
import org.openras.engine.request.CalculationRequest;

/**
 * One line of a caseload: {@code {"request": {...}, "actualWeeklyCost": "312.40"}}. The request is
 * exactly a calculation request (as {@code seeds/people/*.json}); the actual cost is the agreed
 * plan's weekly cost, absent when not known.
 */
public record CaseloadEntry(CalculationRequest request, Money actualWeeklyCost) {}
