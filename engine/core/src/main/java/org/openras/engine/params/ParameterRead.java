package org.openras.engine.params;

import java.time.LocalDate;

/**
 * A parameter value a calculation read, as the result records it: which version it came from, its
 * key (empty when the parameter has none), the value, the date that value took effect, its unit,
 * period, reference and confidence marker.
 */
public record ParameterRead(
    String area,
    String version,
    String name,
    String key,
    String value,
    LocalDate valueEffectiveFrom,
    String unit,
    String period,
    String reference,
    String marker) {}
