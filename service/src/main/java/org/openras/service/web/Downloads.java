package org.openras.service.web;

import java.nio.file.Path;
import org.springframework.core.io.PathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;

/**
 * A report file offered for download from a page: its media type from its name (text as UTF-8) and
 * a Content-Disposition naming it, so the scenario and calibration pages send files alike.
 */
public final class Downloads {
  private Downloads() {}

  /** The file at {@code path}, to be saved as {@code filename}. */
  public static ResponseEntity<Resource> attachment(Path path, String filename) {
    Resource file = new PathResource(path);
    MediaType type = MediaTypeFactory.getMediaType(file).orElse(MediaType.TEXT_PLAIN);
    return ResponseEntity.ok()
        .contentType(
            type.getType().equals("text")
                ? new MediaType(type, java.nio.charset.StandardCharsets.UTF_8)
                : type)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
        .body(file);
  }
}
