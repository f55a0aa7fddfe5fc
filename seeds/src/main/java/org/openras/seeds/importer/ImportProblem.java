package org.openras.seeds.importer;

/**
 * A row that could not be imported: the line of the CSV file (the header is line 1), the council's
 * column, and the problem.
 */
public record ImportProblem(long line, String column, String problem) {}
