package org.openras.engine.measures;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.openras.engine.json.Json;
import tools.jackson.core.JacksonException;

/** A register as JSON Lines, one {@link ServiceRecord} a line, with the engine's strict JSON. */
public final class RegisterLines {
  private RegisterLines() {}

  public static String write(ServiceRecord r) {
    return Json.mapper().writeValueAsString(r);
  }

  /**
   * Reads every line.
   *
   * @throws IllegalArgumentException naming the line that is not a register line (never its
   *     content: it holds personal data)
   */
  public static List<ServiceRecord> read(Reader in) {
    List<ServiceRecord> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(in)) {
      String line;
      long n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        try {
          out.add(Json.mapper().readValue(line, ServiceRecord.class));
        } catch (JacksonException | NullPointerException | IllegalArgumentException e) {
          throw new IllegalArgumentException("line " + n + " is not a register line");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
