package org.openras.engine.json;

import java.math.BigDecimal;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * The decimal numbers OpenRAS reads (shares, budgets, contingencies, factors), bounded: at most
 * {@value #MAX_DIGITS} digits before the decimal point and {@value #MAX_DIGITS} after it. {@code
 * BigDecimal} reads {@code 1E-20000000} from eleven characters, and every later step (a scale
 * change, a comparison with a figure of another scale, printing) then works on twenty million
 * digits: the bound keeps the cost of a number proportional to its text (issue 18, defect 2).
 */
public final class BoundedDecimals {
  public static final int MAX_DIGITS = 30;

  /** What a number must be, in words, for a problem's message. */
  public static final String WORDS =
      "a number with at most "
          + MAX_DIGITS
          + " digits before and "
          + MAX_DIGITS
          + " after the"
          + " decimal point";

  private BoundedDecimals() {}

  /** Whether a number is within the bound. */
  public static boolean fits(BigDecimal n) {
    return n.scale() <= MAX_DIGITS && (long) n.precision() - n.scale() <= MAX_DIGITS;
  }

  /**
   * Parses a number written in text, within the bound.
   *
   * @throws NumberFormatException when it is not a number or is outside the bound
   */
  public static BigDecimal parse(String text) {
    BigDecimal n = new BigDecimal(text.strip());
    if (!fits(n)) {
      throw new NumberFormatException("must be " + WORDS);
    }
    return n;
  }

  /** Jackson's reading of a {@code BigDecimal}, then the bound. */
  static final class Deserializer extends NumberDeserializers.BigDecimalDeserializer {
    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) {
      BigDecimal n = super.deserialize(p, ctxt);
      if (n != null && !fits(n)) {
        throw InvalidFormatException.from(p, "must be " + WORDS, n, BigDecimal.class);
      }
      return n;
    }
  }
}
