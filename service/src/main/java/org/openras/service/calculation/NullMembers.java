package org.openras.service.calculation;

/**
 * Leaves out every object member whose value is {@code null} from JSON text as the engine's mapper
 * writes it ({@code Json.mapper()}: compact, no whitespace between tokens), copying everything else
 * character for character: names, strings with their escapes, numbers as written, and nulls inside
 * arrays (an array's positions are its meaning). One pass over the text, no parsing into tokens and
 * no writing them again: what {@link AuditedResponse} sends is the audited result text less its
 * null members (docs/adr/0023), and reading and re-writing 16 kB of JSON per answer with Jackson
 * cost more than the engine's calculation (docs/adr/0026, "the answer").
 *
 * <p>Text that is not compact JSON (whitespace between tokens, a truncated value) is refused with
 * {@link IllegalArgumentException}; the audited text is always the mapper's output, so a refusal
 * means a fault, never a person's input.
 */
final class NullMembers {
  private final String in;
  private final StringBuilder out;
  private int i;

  private NullMembers(String in) {
    this.in = in;
    this.out = new StringBuilder(in.length());
  }

  /** The members of a JSON object's text, without its braces and without its null members. */
  static String membersOf(String object) {
    NullMembers s = new NullMembers(object);
    s.expect('{');
    s.members();
    if (s.i != object.length()) {
      throw s.fault("text after the object");
    }
    return s.out.toString();
  }

  /** The whole text of a JSON value without the null members of any object in it. */
  static String strip(String json) {
    NullMembers s = new NullMembers(json);
    s.value();
    if (s.i != json.length()) {
      throw s.fault("text after the value");
    }
    return s.out.toString();
  }

  private void value() {
    char c = peek();
    switch (c) {
      case '{' -> {
        i++;
        out.append('{');
        members();
        out.append('}');
      }
      case '[' -> {
        i++;
        out.append('[');
        if (peek() == ']') {
          i++;
        } else {
          while (true) {
            value();
            char next = next();
            if (next == ']') {
              break;
            }
            if (next != ',') {
              throw fault("',' or ']' expected");
            }
            out.append(',');
          }
        }
        out.append(']');
      }
      case '"' -> string();
      default -> scalar();
    }
  }

  /** After an object's '{': its members and its '}' (the braces are the caller's to write). */
  private void members() {
    if (peek() == '}') {
      i++;
      return;
    }
    boolean first = true;
    while (true) {
      int nameStart = i;
      skipString();
      expect(':');
      if (isNullValue()) {
        i += 4;
      } else {
        if (!first) {
          out.append(',');
        }
        out.append(in, nameStart, i);
        value();
        first = false;
      }
      char next = next();
      if (next == '}') {
        return;
      }
      if (next != ',') {
        throw fault("',' or '}' expected");
      }
    }
  }

  private boolean isNullValue() {
    if (!in.startsWith("null", i)) {
      return false;
    }
    int after = i + 4;
    return after < in.length() && (in.charAt(after) == ',' || in.charAt(after) == '}');
  }

  private void string() {
    int start = i;
    skipString();
    out.append(in, start, i);
  }

  /**
   * Moves past a string token, its escapes included: to the next quote that no backslash escapes
   * (an even number of backslashes before it), found with {@link String#indexOf(int, int)}, which
   * the JVM runs as a vector search, rather than a character at a time: the result's strings (the
   * explanation's sentences) are most of its text, and this was the service's hottest method.
   */
  private void skipString() {
    if (peek() != '"') {
      throw fault("a string expected");
    }
    int from = i + 1;
    while (true) {
      int quote = in.indexOf('"', from);
      if (quote < 0) {
        i = in.length();
        throw fault("an unterminated string");
      }
      int backslashes = 0;
      while (in.charAt(quote - 1 - backslashes) == '\\') {
        backslashes++;
      }
      if (backslashes % 2 == 0) {
        i = quote + 1;
        return;
      }
      from = quote + 1;
    }
  }

  /** A number, true, false or null: copied up to the next delimiter. */
  private void scalar() {
    int start = i;
    while (i < in.length()) {
      char c = in.charAt(i);
      if (c == ',' || c == '}' || c == ']') {
        break;
      }
      if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '"' || c == '{' || c == '[') {
        throw fault("compact JSON expected");
      }
      i++;
    }
    if (i == start) {
      throw fault("a value expected");
    }
    out.append(in, start, i);
  }

  private void expect(char c) {
    if (next() != c) {
      throw fault("'" + c + "' expected");
    }
  }

  private char next() {
    char c = peek();
    i++;
    return c;
  }

  private char peek() {
    if (i >= in.length()) {
      throw fault("the text ended early");
    }
    return in.charAt(i);
  }

  private IllegalArgumentException fault(String what) {
    return new IllegalArgumentException(
        "not compact JSON at character " + i + ": " + what + " (the audited text is the mapper's)");
  }
}
