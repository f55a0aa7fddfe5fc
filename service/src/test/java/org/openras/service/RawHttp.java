package org.openras.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * HTTP/1.1 written by hand, for what a client library would not send as written (a path with {@code
 * //}, {@code %2f} or {@code %00}, TRACE, a body announced but never sent): the answer's status,
 * headers and body, or a status of 0 when none comes within the timeout.
 */
public final class RawHttp {
  public record Answer(int status, String head, String body) {
    public String header(String name) {
      for (String line : head.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
          return line.substring(colon + 1).strip();
        }
      }
      return null;
    }
  }

  private RawHttp() {}

  /** Sends the request line and headers (and {@code body}), then reads until the server closes. */
  public static Answer send(
      int port, String requestLineAndHeaders, byte[] body, int timeoutMillis) {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(timeoutMillis);
      OutputStream out = socket.getOutputStream();
      String head = requestLineAndHeaders;
      if (!head.toLowerCase(Locale.ROOT).contains("\r\nconnection:")) {
        head += "\r\nConnection: close";
      }
      out.write((head + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.write(body);
      out.flush();
      return read(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Answer read(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        all.write(buffer, 0, n);
        if (complete(all.toString(StandardCharsets.UTF_8))) {
          break;
        }
      }
    } catch (SocketTimeoutException e) {
      if (all.size() == 0) {
        return new Answer(0, "", "");
      }
    }
    String text = all.toString(StandardCharsets.UTF_8);
    int split = text.indexOf("\r\n\r\n");
    String head = split < 0 ? text : text.substring(0, split);
    String body = split < 0 ? "" : text.substring(split + 4);
    if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
      body = unchunked(body);
    }
    String[] statusLine = head.split(" ", 3);
    int status = statusLine.length > 1 ? Integer.parseInt(statusLine[1]) : 0;
    return new Answer(status, head, body);
  }

  private static String unchunked(String chunked) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    while (at < chunked.length()) {
      int eol = chunked.indexOf("\r\n", at);
      if (eol < 0) {
        break;
      }
      int size = Integer.parseInt(chunked.substring(at, eol).split(";")[0].strip(), 16);
      if (size == 0) {
        break;
      }
      // Sizes count bytes; the bodies here are ASCII JSON, so characters are bytes.
      out.append(chunked, eol + 2, Math.min(chunked.length(), eol + 2 + size));
      at = eol + 2 + size + 2;
    }
    return out.toString();
  }

  /** A response with a Content-Length that has all its bytes (chunked ones end with 0 CRLF). */
  private static boolean complete(String text) {
    int split = text.indexOf("\r\n\r\n");
    if (split < 0) {
      return false;
    }
    String head = text.substring(0, split).toLowerCase(Locale.ROOT);
    int at = head.indexOf("content-length:");
    if (at >= 0) {
      int end = head.indexOf("\r\n", at);
      long length = Long.parseLong(head.substring(at + 15, end < 0 ? head.length() : end).strip());
      return text.getBytes(StandardCharsets.UTF_8).length - split - 4 >= length;
    }
    return head.contains("transfer-encoding: chunked") && text.endsWith("0\r\n\r\n");
  }
}
