package org.openras.engine.params;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openras.engine.json.BoundedDecimals;
import org.openras.engine.request.PersonDetails;
import org.openras.engine.request.PrimarySupportReason;

/**
 * One change to a rule-set figure for a scenario ("price per point +3% for older people"): the
 * parameter (in an area, optionally one key), how it changes (times a factor, or a new value), and
 * whom it applies to (one primary support reason, people of at least an age on the assessment
 * date). Nothing in a rule set changes: the override is applied where a calculation reads the
 * figure, and the result records the changed value.
 *
 * <p>Written as text: {@code ras:pricePerPoint*1.03}, {@code ras:floor=30.00}, {@code
 * ras:pricePerPoint[LEARNING_DISABILITY]*1.05}, with optional conditions after {@code @}: {@code
 * ras:pricePerPoint*1.03@age>=65}, {@code ras:ceiling=700.00@psr=MENTAL_HEALTH,age>=18}.
 *
 * @param key the parameter key it changes, or null for every key
 * @param onlyFor the primary support reason of the people it applies to, or null for everyone
 * @param minAge the age (on the assessment date) from which it applies, or null for any age
 */
public record ParameterOverride(
    String area,
    String parameter,
    String key,
    Operation operation,
    BigDecimal amount,
    PrimarySupportReason onlyFor,
    Integer minAge) {

  /** How a figure changes: multiplied by the amount, or replaced by it. */
  public enum Operation {
    MULTIPLY,
    REPLACE
  }

  private static final Pattern TEXT =
      Pattern.compile(
          "([\\w-]+):([\\w-]+)(?:\\[([\\w./-]+)\\])?\\s*([*=])\\s*(-?\\d+(?:\\.\\d+)?)(?:@(.+))?");

  /** Parses the text form; throws {@link IllegalArgumentException} saying what is wrong. */
  public static ParameterOverride parse(String text) {
    Matcher m = TEXT.matcher(text == null ? "" : text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'"
              + text
              + "' is not an override; write area:parameter[key]*factor or area:parameter=value,"
              + " optionally followed by @psr=REASON,age>=N");
    }
    Operation op = m.group(4).equals("*") ? Operation.MULTIPLY : Operation.REPLACE;
    PrimarySupportReason psr = null;
    Integer age = null;
    if (m.group(6) != null) {
      for (String condition : m.group(6).split(",")) {
        String c = condition.trim();
        if (c.startsWith("psr=")) {
          psr = PrimarySupportReason.valueOf(c.substring(4).trim().toUpperCase(Locale.ROOT));
        } else if (c.startsWith("age>=")) {
          age = Integer.parseInt(c.substring(5).trim());
        } else {
          throw new IllegalArgumentException(
              "'" + c + "' is not a condition; use psr=REASON or age>=N");
        }
      }
    }
    return new ParameterOverride(
        m.group(1), m.group(2), m.group(3), op, BoundedDecimals.parse(m.group(5)), psr, age);
  }

  /** Whether it applies to this person on this date (unknown age never meets an age condition). */
  public boolean appliesTo(PersonDetails person, LocalDate date) {
    if (onlyFor != null && (person == null || person.primarySupportReason() != onlyFor)) {
      return false;
    }
    if (minAge != null) {
      if (person == null || person.dateOfBirth() == null || date == null) {
        return false;
      }
      return Period.between(person.dateOfBirth(), date).getYears() >= minAge;
    }
    return true;
  }

  /** Whether it changes this read of a figure. */
  public boolean changes(ParameterRead read) {
    return area.equals(read.area())
        && parameter.equals(read.name())
        && (key == null || key.equals(read.key()));
  }

  /**
   * The new value: a product is rounded half up to the places the original value was written with
   * (a price of "6.35" times 1.03 is "6.54"), so money stays whole pence.
   */
  public String apply(String value) {
    if (operation == Operation.REPLACE) {
      return amount.toPlainString();
    }
    BigDecimal original = new BigDecimal(value);
    int scale = Math.max(0, original.scale());
    return original.multiply(amount).setScale(scale, RoundingMode.HALF_UP).toPlainString();
  }

  /** The text form, which {@link #parse} reads back. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(area).append(':').append(parameter);
    if (key != null) {
      s.append('[').append(key).append(']');
    }
    s.append(operation == Operation.MULTIPLY ? '*' : '=').append(amount.toPlainString());
    String sep = "@";
    if (onlyFor != null) {
      s.append(sep).append("psr=").append(onlyFor.name());
      sep = ",";
    }
    if (minAge != null) {
      s.append(sep).append("age>=").append(minAge);
    }
    return s.toString();
  }
}
