package org.openras.seeds.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.openras.engine.yaml.Yaml;

/**
 * A column mapping (YAML) for direct-payment account statements exported from a prepaid-card
 * provider or a bank (docs/adr/0029): the export's column for each OpenRAS field, and the date
 * format. One row is one account's period. See seeds/mappings/ for an example.
 *
 * @param columns OpenRAS field to the export's column: {@link #REQUIRED} and, optionally,
 *     councilRef, contributionDue, the commitments ({@link #COMMITMENTS}), dateOfDeath,
 *     firstPaymentDate, lastReviewDate
 * @param dateFormat a java.time pattern ("dd/MM/yyyy"); absent, ISO yyyy-MM-dd
 */
public record StatementMapping(Map<String, String> columns, String dateFormat) {

  public static final String[] REQUIRED = {
    "accountRef",
    "periodStart",
    "periodEnd",
    "weeklyPayment",
    "openingBalance",
    "councilPaymentsIn",
    "contributionPaid",
    "spend",
    "closingBalance"
  };

  /** The optional commitment columns, each an amount owed at the period's end. */
  public static final Map<String, String> COMMITMENTS =
      Map.of(
          "wagesOwed", "WAGES",
          "holidayPayAccrued", "HOLIDAY_PAY",
          "employerNiAndPension", "EMPLOYER_NI_AND_PENSION",
          "agencyInvoices", "AGENCY_INVOICE",
          "noticePay", "NOTICE_PAY",
          "redundancyPay", "REDUNDANCY_PAY");

  public StatementMapping {
    columns = columns == null ? Map.of() : columns;
  }

  public static StatementMapping load(Path file) throws IOException {
    return read(Files.readString(file));
  }

  /**
   * A mapping from its YAML text (the service reads an uploaded one this way).
   *
   * @throws tools.jackson.core.JacksonException when the text is not YAML or not a mapping
   */
  public static StatementMapping read(String yaml) {
    return Yaml.mapper().readValue(yaml, StatementMapping.class);
  }
}
