package org.openras.engine.measures;

import java.time.LocalDate;
import java.util.List;

/**
 * A dated version of measure definitions: a folder of {@code rules/measures/} (national) or of
 * {@code rules/measures/councils/<council>/} (a council's own), holding {@code measures.yaml}. A
 * version is in force from its {@code validFrom} until the next version of the same owner starts.
 *
 * @param version the folder's name
 * @param council the council's folder name; absent for national definitions
 * @param validFrom the first period end it counts
 * @param title in words
 * @param measures its definitions
 */
public record MeasureVersion(
    String version,
    String council,
    LocalDate validFrom,
    String title,
    List<MeasureDefinition> measures) {

  public MeasureVersion {
    measures = measures == null ? List.of() : List.copyOf(measures);
  }

  /** Where it sits under {@code rules/}: {@code measures/2024-04-01}. */
  public String location() {
    return council == null ? "measures/" + version : "measures/councils/" + council + "/" + version;
  }
}
