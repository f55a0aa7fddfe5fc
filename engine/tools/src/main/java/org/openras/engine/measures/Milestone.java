package org.openras.engine.measures;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A target of a council's plan: a measure, the percentage it should reach, and the day by which.
 *
 * @param measure the measure's stable id
 * @param by the day by which it should be reached: the figure of the last period ending before it
 *     is compared
 * @param target a percentage, 0 to 100
 * @param words as the plan states it ("85% have a personal budget by April 2012")
 */
public record Milestone(String measure, LocalDate by, BigDecimal target, String words) {}
