package org.openras.engine.forecast;

import java.math.BigDecimal;

/**
 * A client group's forecast people in one financial year: the average monthly caseload over the
 * year's twelve months, with its prediction interval, after the officer's population growth.
 *
 * @param year the financial year's first calendar year (2027 is 2027/28)
 * @param trend the trend's forecast before population growth
 * @param growth the cumulative population growth factor applied (1 when none was supplied)
 * @param people the forecast after growth: {@code trend} × {@code growth}
 */
public record YearPeople(int year, Interval trend, BigDecimal growth, Interval people) {}
