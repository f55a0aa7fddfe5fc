package org.openras.service;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A multipart/form-data body for tests: fields, and files with or without a file name (curl sends
 * {@code -F csv=@export.csv} with one, {@code -F csv=<export.csv} without).
 */
public final class Multipart {
  private final String boundary = "----openras" + UUID.randomUUID();
  private final ByteArrayOutputStream body = new ByteArrayOutputStream();

  public Multipart field(String name, String value) {
    return part("form-data; name=\"" + name + "\"", null, value.getBytes(StandardCharsets.UTF_8));
  }

  /** A file part; no file name when {@code fileName} is null. */
  public Multipart file(String name, String fileName, byte[] content) {
    return part(
        "form-data; name=\""
            + name
            + "\""
            + (fileName == null ? "" : "; filename=\"" + fileName + "\""),
        "application/octet-stream",
        content);
  }

  private Multipart part(String disposition, String type, byte[] content) {
    String head =
        "--"
            + boundary
            + "\r\nContent-Disposition: "
            + disposition
            + (type == null ? "" : "\r\nContent-Type: " + type)
            + "\r\n\r\n";
    body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    return this;
  }

  public String contentType() {
    return "multipart/form-data; boundary=" + boundary;
  }

  /** The body, closed. */
  public byte[] bytes() {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    all.writeBytes(body.toByteArray());
    all.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return all.toByteArray();
  }
}
