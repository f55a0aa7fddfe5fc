package org.openras.service.fuzz;

import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.util.RawValue;

/**
 * Damage to one field of a seed person's request: a value of the wrong kind, an extreme or negative
 * number, a date out of range or malformed, a field left out, a field that does not exist. Every
 * value here is one the service must refuse (none is a lenient spelling of a good value, such as a
 * number Jackson would read as a date).
 */
final class ValueDamage {
  static final List<String> LONG_DIGITS = List.of("9".repeat(1001), "1" + "0".repeat(5000));
  static final List<String> REFS =
      List.of("{}", "[]", "[1]", "\"\"", "\"Jane Smith\"", "\"" + "a".repeat(65) + "\"", "\"é\"");
  static final List<String> ASSESSMENT_DATES =
      List.of(
          "\"2025-02-30\"",
          "\"2025-13-01\"",
          "\"02/06/2025\"",
          "\"\"",
          "\"2025-6-2\"",
          "\"+1000000000-01-01\"",
          "\"-999999999-01-01\"",
          "\"0000-00-00\"",
          "\"1066-10-14\"",
          "\"9999-12-31\"",
          "\"1989-12-31\"",
          "\"2101-01-01\"",
          "{}",
          "[\"x\"]",
          "true",
          "null");
  static final List<String> BIRTH_DATES =
      List.of(
          "\"2025-02-30\"",
          "\"+1000000000-01-01\"",
          "\"1879-12-31\"",
          "\"1066-01-01\"",
          "\"2999-01-01\"",
          "\"not a date\"",
          "{}",
          "true");
  static final List<String> REASONS =
      List.of("\"NOT_A_REASON\"", "\"\"", "\"physical personal care\"", "{}", "[]", "true");
  static final List<String> LEVELS =
      List.of(
          "1e400",
          "-1e400",
          "9999999999999999999",
          "-9999999999999999999",
          "-1",
          "2.5",
          "99",
          "2147483648",
          "-2147483649",
          "1e10",
          "\"three\"",
          "true",
          "{}",
          "[]",
          "null",
          "-0.5",
          LONG_DIGITS.get(0),
          LONG_DIGITS.get(1));
  static final List<String> OBJECTS = List.of("\"text\"", "42", "[]", "true", "[{}]", "1e400");
  static final List<String> SHARES =
      List.of("-0.5", "1.5", "1e400", "-1e400", "\"half\"", "{}", "[]", "9999999999999999999");

  /** Numbers of a few characters whose value has millions of digits (issue 18, defect 2). */
  static final List<String> HUGE_EXPONENTS =
      List.of(
          "1E-10000",
          "1E-20000000",
          "1E+20000000",
          "0.5E-999999999",
          "1e-2147483647",
          "1E+2147483647",
          "-1E-100000",
          "0E-1000000",
          "0." + "0".repeat(40) + "1");

  static final List<String> AMOUNTS =
      List.of(
          "\"-10.00\"",
          "\"-0.01\"",
          "\"1.001\"",
          "\"abc\"",
          "{}",
          "[]",
          "\"1e400\"",
          "\"-9999999999999999999.00\"");
  static final List<String> UNKNOWN =
      List.of("surname", "nhsNumber", "needz", "x", "", "__proto__");

  private ValueDamage() {}

  /** Every kind of damage in this class, mixed. */
  static Gen<Attempt> any() {
    return Generate.oneOf(wrongValues(), missingFields(), unknownFields());
  }

  static Gen<Attempt> wrongValues() {
    return SeedTrees.trees()
        .zip(Generate.range(0, 8), Generate.range(0, 1000), ValueDamage::wrongValue);
  }

  private static Attempt wrongValue(ObjectNode request, int field, int choice) {
    String domain = pick(SeedTrees.needDomains(request), choice);
    ObjectNode person = request.withObjectProperty("person");
    return switch (field) {
      case 0 -> put(request, request, "personRef", pick(REFS, choice));
      case 1 -> put(request, request, "assessmentDate", pick(ASSESSMENT_DATES, choice));
      case 2 -> put(request, person, "dateOfBirth", pick(BIRTH_DATES, choice));
      case 3 -> put(request, person, "primarySupportReason", pick(REASONS, choice));
      case 4 -> put(request, request.withObjectProperty("needs"), domain, pick(LEVELS, choice));
      case 5 -> put(request, request, choice % 2 == 0 ? "person" : "needs", pick(OBJECTS, choice));
      case 6 ->
          put(request, request.withObjectProperty("informalSupport"), domain, pick(SHARES, choice));
      default -> put(request, request, amountField(request, choice), pick(AMOUNTS, choice));
    };
  }

  /**
   * An amount the calculation reads: the cost of care only counts when there are finances (without
   * them the engine ignores it, and does not check it).
   */
  private static String amountField(ObjectNode request, int choice) {
    boolean costOfCare = request.has("finances") && choice % 2 == 0;
    return costOfCare ? "weeklyCostOfCare" : "previousWeeklyBudget";
  }

  /** An informal-support share or an answer level written with a huge exponent. */
  static Gen<Attempt> hugeExponents() {
    return SeedTrees.trees()
        .zip(
            Generate.range(0, 1),
            Generate.range(0, 1000),
            (request, field, choice) -> {
              String domain = pick(SeedTrees.needDomains(request), choice);
              String n = pick(HUGE_EXPONENTS, choice);
              return field == 0
                  ? put(request, request.withObjectProperty("informalSupport"), domain, n)
                  : put(request, request.withObjectProperty("needs"), domain, n);
            });
  }

  static Gen<Attempt> missingFields() {
    return SeedTrees.trees()
        .zip(
            Generate.pick(List.of("personRef", "assessmentDate", "person")),
            (request, field) -> {
              request.remove(field);
              return Attempt.json("without " + field, SeedTrees.write(request));
            });
  }

  static Gen<Attempt> unknownFields() {
    return SeedTrees.trees()
        .zip(
            Generate.pick(UNKNOWN),
            Generate.range(0, 2),
            (request, name, where) -> {
              ObjectNode target =
                  where == 0
                      ? request
                      : request.withObjectProperty(where == 1 ? "person" : "needs");
              target.put(name, "unexpected");
              return Attempt.json(
                  "unknown field \"" + name + "\" (place " + where + ")", SeedTrees.write(request));
            });
  }

  private static Attempt put(ObjectNode request, ObjectNode target, String field, String raw) {
    target.putRawValue(field, new RawValue(raw));
    String shown = raw.length() > 40 ? raw.substring(0, 40) + "..." : raw;
    return Attempt.json(field + " = " + shown, SeedTrees.write(request));
  }

  private static <T> T pick(List<T> values, int choice) {
    return values.get(choice % values.size());
  }
}
