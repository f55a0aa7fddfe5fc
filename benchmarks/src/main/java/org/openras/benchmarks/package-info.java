/**
 * JMH benchmarks: what one indicative-budget calculation costs through the rules engine, against
 * the same arithmetic in plain Java, on the synthetic seed people; and what compiling one rule-set
 * version costs, cold and warm. Run with {@code java -jar benchmarks/target/benchmarks.jar}.
 */
package org.openras.benchmarks;
