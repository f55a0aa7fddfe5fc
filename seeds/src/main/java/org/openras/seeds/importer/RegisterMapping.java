package org.openras.seeds.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openras.engine.measures.BudgetManagement;
import org.openras.engine.measures.ClientType;
import org.openras.engine.measures.SupportSetting;
import org.openras.engine.request.PrimarySupportReason;
import org.openras.engine.yaml.Yaml;

/**
 * A column-mapping file (YAML) for a council's register of people receiving long-term support
 * (issue 25): the council's column for each field, the date format, and the council's codes for
 * client types, settings, ways of managing a budget and primary support reasons. OpenRAS names and
 * titles are always accepted too, ignoring case. See seeds/mappings/register-example.yaml.
 *
 * @param columns personRef, dateOfBirth, management, start (required); clientType, clientGroup,
 *     setting, end (optional: absent, every line is a person who uses services, in the community,
 *     still open)
 * @param dateFormat a java.time pattern; absent, ISO yyyy-MM-dd
 */
public record RegisterMapping(
    Map<String, String> columns,
    String dateFormat,
    Map<String, ClientType> clientTypeCodes,
    Map<String, SupportSetting> settingCodes,
    Map<String, BudgetManagement> managementCodes,
    Map<String, PrimarySupportReason> primarySupportReasonCodes) {

  public static final String[] REQUIRED = {"personRef", "dateOfBirth", "management", "start"};
  public static final String[] OPTIONAL = {"clientType", "clientGroup", "setting", "end"};

  public RegisterMapping {
    columns = columns == null ? Map.of() : columns;
    clientTypeCodes = codes(ClientType.class, clientTypeCodes, null);
    settingCodes = codes(SupportSetting.class, settingCodes, null);
    managementCodes = codes(BudgetManagement.class, managementCodes, BudgetManagement::title);
    primarySupportReasonCodes =
        codes(PrimarySupportReason.class, primarySupportReasonCodes, PrimarySupportReason::title);
  }

  public static RegisterMapping load(Path file) throws IOException {
    return read(Files.readString(file));
  }

  /**
   * A mapping from its YAML text.
   *
   * @throws tools.jackson.core.JacksonException when the text is not YAML or not a mapping
   */
  public static RegisterMapping read(String yaml) {
    return Yaml.mapper().readValue(yaml, RegisterMapping.class);
  }

  /** The mapping for a file whose columns are named as OpenRAS names its fields. */
  public static RegisterMapping plain() {
    Map<String, String> columns = new TreeMap<>();
    for (String f : REQUIRED) {
      columns.put(f, f);
    }
    for (String f : OPTIONAL) {
      columns.put(f, f);
    }
    return new RegisterMapping(columns, null, null, null, null, null);
  }

  static String key(String value) {
    return value.trim().toLowerCase(Locale.ROOT);
  }

  private static <E extends Enum<E>> Map<String, E> codes(
      Class<E> type, Map<String, E> given, java.util.function.Function<E, String> title) {
    Map<String, E> all = new TreeMap<>();
    for (E e : type.getEnumConstants()) {
      all.put(key(e.name()), e);
      if (title != null) {
        all.put(key(title.apply(e)), e);
      }
    }
    if (given != null) {
      given.forEach((k, v) -> all.put(key(k), v));
    }
    return all;
  }
}
