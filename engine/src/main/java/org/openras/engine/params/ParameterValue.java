package org.openras.engine.params;

/**
 * One dated figure as written in a parameter file, with the confidence marker of the domain brief
 * where it has one ([R] read in a source, [D] derived, [I] inferred) and an optional note.
 */
public record ParameterValue(String text, String marker, String note) {}
