package org.openras.service.web;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openras.engine.request.FieldError;

/**
 * The problems on a submitted page, keyed by the id of the field to fix, in page order: the GOV.UK
 * error summary links to each, and each field shows its own message. Serializable: a page passes
 * them to the next as a flash attribute, which is kept in the session, in the database (ADR 0021).
 */
public final class PageErrors implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  private final Map<String, String> byField = new LinkedHashMap<>();
  private final Map<String, List<String>> more = new LinkedHashMap<>();

  public void add(String fieldId, String message) {
    byField.putIfAbsent(fieldId, message);
  }

  /**
   * A further problem on a field that has its message already (a CSV file's bad rows, one by one):
   * listed in the error summary after the field's message, linking to the same field.
   */
  public void addMore(String fieldId, String message) {
    more.computeIfAbsent(fieldId, f -> new ArrayList<>()).add(message);
  }

  /** Adds the engine's field errors, each on the form field its path names. */
  public void addEngine(List<FieldError> errors) {
    errors.forEach(e -> add(fieldId(e.field()), sentence(e)));
  }

  public boolean any() {
    return !byField.isEmpty();
  }

  public Map<String, String> getByField() {
    return byField;
  }

  /** What the error summary lists: each field's message, then any further ones on that field. */
  public List<Map.Entry<String, String>> getSummary() {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    byField.forEach(
        (field, message) -> {
          out.add(Map.entry(field, message));
          more.getOrDefault(field, List.of()).forEach(m -> out.add(Map.entry(field, m)));
        });
    return out;
  }

  /** The form field id for an engine field path such as {@code needs.mobility}. */
  static String fieldId(String path) {
    if (path == null) {
      return "personRef";
    }
    String[] p = path.split("\\.");
    return switch (p[0]) {
      case "personRef", "assessmentDate" -> p[0];
      case "person" ->
          p.length > 1 && p[1].equals("dateOfBirth") ? "dateOfBirth" : "primarySupportReason";
      case "needs" -> p.length > 1 ? "needs-" + p[1] : "needs";
      case "informalSupport" -> p.length > 1 ? "informal-" + p[1] : "personRef";
      case "eligibility" -> eligibilityField(p);
      case "finances" -> p.length > 2 && p[1].equals("weeklyIncome") ? "income-" + p[2] : "capital";
      default -> "personRef";
    };
  }

  private static String eligibilityField(String[] p) {
    if (p.length > 2 && p[1].equals("outcomes")) {
      return "outcome-" + p[2];
    }
    if (p.length > 1 && p[1].equals("significantImpactOnWellbeing")) {
      return "significantImpact";
    }
    return "impairment";
  }

  private static String sentence(FieldError e) {
    String problem = e.problem();
    String start =
        problem.isEmpty() ? problem : problem.substring(0, 1).toUpperCase() + problem.substring(1);
    return e.field() == null ? start : labelOf(e.field()) + " " + problem;
  }

  private static String labelOf(String path) {
    return switch (fieldId(path)) {
      case "personRef" -> path.equals("personRef") ? "Person reference" : "The answer at " + path;
      case "assessmentDate" -> "Assessment date";
      case "dateOfBirth" -> "Date of birth";
      case "primarySupportReason" -> "Primary support reason";
      default -> "The answer at " + path;
    };
  }
}
