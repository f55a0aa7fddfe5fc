/**
 * Published benchmark figures: a sidecar beside each JMH JSON file saying when, on what machine,
 * with what command and at what commit the figures were measured, and what they come to (the
 * engine's cost per calculation against the plain-Java reference, and compile times).
 */
package org.openras.benchmarks.results;
