package org.openras.service.problem;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.TreeSet;
import org.openras.engine.json.BoundedDecimals;
import org.openras.engine.money.Money;
import org.openras.engine.request.FieldError;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Turns a body the JSON reader could not bind into a field error: the JSON path of the field
 * ({@code needs.personal-care}, {@code person.dateOfBirth}) and what it should hold, in words. The
 * reader's own message is never passed on: it names Java types.
 */
public final class BindingErrors {
  static final String BODY = "body";
  private static final int ECHO_LIMIT = 40;

  private BindingErrors() {}

  public static FieldError of(Throwable cause) {
    if (cause instanceof UnrecognizedPropertyException e) {
      return new FieldError(path(e), "is not a field here; the fields here are " + known(e));
    }
    if (cause instanceof InvalidFormatException e) {
      return new FieldError(path(e), echo(e.getValue()) + " is not " + expected(e.getTargetType()));
    }
    if (cause instanceof ValueInstantiationException e) {
      return new FieldError(path(e), instantiationProblem(e));
    }
    if (cause instanceof MismatchedInputException e && trailing(e)) {
      return new FieldError(BODY, "must be one JSON object with nothing after it");
    }
    if (cause instanceof MismatchedInputException e) {
      return new FieldError(path(e), "must be " + expected(e.getTargetType()));
    }
    if (cause instanceof StreamReadException e) {
      return new FieldError(BODY, "is not valid JSON" + where(e.getLocation()));
    }
    if (cause instanceof JacksonException e) {
      return new FieldError(path(e), "cannot be read");
    }
    return new FieldError(BODY, "is missing or cannot be read as JSON");
  }

  /** The JSON path of the failing value, in the engine's field notation; "body" for the root. */
  static String path(JacksonException e) {
    StringBuilder out = new StringBuilder();
    for (JacksonException.Reference ref : e.getPath()) {
      if (ref.getPropertyName() != null) {
        out.append(out.isEmpty() ? "" : ".").append(ref.getPropertyName());
      } else if (ref.getIndex() >= 0) {
        out.append('[').append(ref.getIndex()).append(']');
      }
    }
    return out.isEmpty() ? BODY : out.toString();
  }

  /** What a value of a type looks like, in words; never the type's name. */
  static String expected(Class<?> type) {
    if (type == null) {
      return "of the right kind";
    }
    if (type == LocalDate.class) {
      return "a date written yyyy-MM-dd";
    }
    if (type == Money.class) {
      return "an amount of pounds with at most two decimals, written as a string such as"
          + " \"164.42\"";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "a whole number";
    }
    if (type == BigInteger.class || type == Short.class || type == short.class) {
      return "a whole number";
    }
    if (type == BigDecimal.class) {
      return BoundedDecimals.WORDS;
    }
    if (type == Double.class || type == double.class) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "text";
    }
    if (type.isEnum()) {
      return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString).toList();
    }
    if (Map.class.isAssignableFrom(type)) {
      return "an object of named values";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    return "an object";
  }

  private static String instantiationProblem(ValueInstantiationException e) {
    // The engine's value types (such as Money) reject bad text with a sentence meant for people.
    if (e.getCause() instanceof IllegalArgumentException iae && thrownByEngine(iae)) {
      return iae.getMessage();
    }
    return "must be " + expected(e.getType() == null ? null : e.getType().getRawClass());
  }

  private static boolean trailing(MismatchedInputException e) {
    String message = e.getOriginalMessage();
    return e.getPath().isEmpty() && message != null && message.startsWith("Trailing token");
  }

  private static boolean thrownByEngine(Throwable t) {
    StackTraceElement[] frames = t.getStackTrace();
    return frames.length > 0
        && frames[0].getClassName().startsWith("org.openras.engine.")
        && t.getMessage() != null;
  }

  private static String known(UnrecognizedPropertyException e) {
    Collection<Object> ids = e.getKnownPropertyIds();
    return ids == null
        ? "[]"
        : new TreeSet<>(ids.stream().map(String::valueOf).toList()).toString();
  }

  private static String echo(Object value) {
    String text = String.valueOf(value);
    if (text.length() > ECHO_LIMIT) {
      text = text.substring(0, ECHO_LIMIT) + "...";
    }
    return value instanceof String ? "\"" + text + "\"" : text;
  }

  private static String where(TokenStreamLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }
}
