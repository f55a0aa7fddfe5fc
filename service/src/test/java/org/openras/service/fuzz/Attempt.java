package org.openras.service.fuzz;

import java.nio.charset.StandardCharsets;

/**
 * One bad request for a calculation: what is wrong with it (for the failure message), its body as
 * bytes (it may not be valid UTF-8), and its Content-Type header (null: none is sent).
 */
record Attempt(String what, byte[] body, String contentType) {
  static final String JSON = "application/json";
  private static final int PREVIEW = 160;

  static Attempt json(String what, String body) {
    return new Attempt(what, body.getBytes(StandardCharsets.UTF_8), JSON);
  }

  @Override
  public String toString() {
    String text = new String(body, StandardCharsets.UTF_8);
    String preview = text.length() > PREVIEW ? text.substring(0, PREVIEW) + "..." : text;
    return what
        + " ["
        + body.length
        + " bytes, Content-Type "
        + contentType
        + "]: "
        + preview.replace('\n', ' ');
  }
}
