package org.openras.engine.scenario;

/**
 * A caseload row a scenario could not calculate, and why: the line, the person reference when it
 * could be read, the side ("baseline", "candidate", or "caseload" for a line that could not be
 * read), the field and the problem.
 */
public record Problem(long line, String personRef, String side, String field, String problem) {}
