package org.openras.engine.request;

/** One bad input: the field, written as a path ({@code needs.personal-care}), and the problem. */
public record FieldError(String field, String problem) {}
