package org.openras.engine.caseload;

import org.openras.engine.json.Json;
import tools.jackson.core.JacksonException;

/** Reads and writes caseload lines with the engine's strict JSON (an unknown field is an error). */
public final class CaseloadLines {
  private CaseloadLines() {}

  /**
   * Parses one line.
   *
   * @throws IllegalArgumentException saying what is wrong with the line (never the whole line: it
   *     can hold personal data)
   */
  public static CaseloadEntry parse(String line) {
    CaseloadEntry entry;
    try {
      entry = Json.mapper().readValue(line, CaseloadEntry.class);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("not a caseload line: " + e.getOriginalMessage());
    }
    if (entry == null || entry.request() == null) {
      throw new IllegalArgumentException(
          "not a caseload line: give {\"request\": {...}, \"actualWeeklyCost\": \"...\"}");
    }
    return entry;
  }

  /** The line for an entry, without a line break. */
  public static String write(CaseloadEntry entry) {
    return Json.mapper().writeValueAsString(entry);
  }
}
