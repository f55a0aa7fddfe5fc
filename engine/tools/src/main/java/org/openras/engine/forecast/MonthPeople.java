package org.openras.engine.forecast;

import java.time.YearMonth;

/**
 * One month of a group's fan chart: history (actual people, no interval) or forecast (the trend
 * after population growth, with its interval).
 *
 * @param month the month
 * @param actual people recorded, or null for a forecast month
 * @param forecast the forecast with its interval, or null for a history month
 */
public record MonthPeople(YearMonth month, Integer actual, Interval forecast) {}
