package org.openras.seeds.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openras.engine.request.PrimarySupportReason;
import org.openras.engine.yaml.Yaml;

/**
 * A column-mapping file (YAML): the council's column for each OpenRAS field, the date format, and
 * the council's codes for primary support reasons. See seeds/mappings/ for examples.
 *
 * @param columns personRef, assessmentDate, dateOfBirth, primarySupportReason, actualWeeklyCost
 *     (optional): the council's column names
 * @param needs questionnaire domain code to the column holding the answer level
 * @param informalSupport domain code to the column holding the share met by unpaid carers (0 to 1)
 * @param dateFormat a java.time pattern ("dd/MM/yyyy"); absent, ISO yyyy-MM-dd
 * @param primarySupportReasonCodes the council's value to an OpenRAS primary support reason;
 *     OpenRAS names and the national titles are always accepted too, ignoring case
 */
public record ColumnMapping(
    Map<String, String> columns,
    Map<String, String> needs,
    Map<String, String> informalSupport,
    String dateFormat,
    Map<String, PrimarySupportReason> primarySupportReasonCodes) {

  public static final String[] REQUIRED = {
    "personRef", "assessmentDate", "dateOfBirth", "primarySupportReason"
  };

  public ColumnMapping {
    columns = columns == null ? Map.of() : columns;
    needs = needs == null ? Map.of() : needs;
    informalSupport = informalSupport == null ? Map.of() : informalSupport;
    primarySupportReasonCodes = codes(primarySupportReasonCodes);
  }

  public static ColumnMapping load(Path file) throws IOException {
    return read(Files.readString(file));
  }

  /**
   * A mapping from its YAML text (the service reads an uploaded one this way).
   *
   * @throws tools.jackson.core.JacksonException when the text is not YAML or not a mapping
   */
  public static ColumnMapping read(String yaml) {
    return Yaml.mapper().readValue(yaml, ColumnMapping.class);
  }

  /** The reason a council's value stands for, or null when the value is not known. */
  public PrimarySupportReason reason(String value) {
    return primarySupportReasonCodes.get(value.trim().toLowerCase(Locale.ROOT));
  }

  private static Map<String, PrimarySupportReason> codes(Map<String, PrimarySupportReason> given) {
    Map<String, PrimarySupportReason> all = new TreeMap<>();
    for (PrimarySupportReason r : PrimarySupportReason.values()) {
      all.put(r.name().toLowerCase(Locale.ROOT), r);
      all.put(r.title().toLowerCase(Locale.ROOT), r);
    }
    if (given != null) {
      given.forEach((k, v) -> all.put(k.trim().toLowerCase(Locale.ROOT), v));
    }
    return all;
  }
}
