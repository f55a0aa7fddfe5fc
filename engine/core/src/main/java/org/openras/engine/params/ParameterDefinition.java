package org.openras.engine.params;

import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import org.openras.engine.catalogue.RuleSetManifest.Reference;

/**
 * A named figure of a rule set: what it is, its unit, the period it is per, its legal or policy
 * reference, and its values keyed by the date each takes effect. A keyed parameter (for example the
 * price per point by primary support reason) holds one value per key on each date; a plain one
 * holds its value under the empty key.
 */
public record ParameterDefinition(
    String name,
    String description,
    String unit,
    String period,
    Reference reference,
    NavigableMap<LocalDate, Map<String, ParameterValue>> values) {

  public static final String NO_KEY = "";
}
