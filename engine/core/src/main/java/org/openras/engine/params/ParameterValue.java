package org.openras.engine.params;

/**
 * One dated figure as written in a parameter file, with its confidence marker where it has one ([R]
 * read in a source, [D] derived, [I] inferred) and an optional note.
 */
public record ParameterValue(String text, String marker, String note) {}
