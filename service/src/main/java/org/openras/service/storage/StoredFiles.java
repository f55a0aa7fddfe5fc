package org.openras.service.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Copies a file kept in the database (caseloads, reports: docs/adr/0019) to this instance's folder,
 * so code that reads files can read it. The copy is written beside the target and moved into place
 * at once, so a reader never sees half a file.
 */
public final class StoredFiles {
  private StoredFiles() {}

  /**
   * Copies the first column (bytes) of the row {@code sql} selects to {@code target}.
   *
   * @return false, leaving nothing behind, when no row is found
   */
  public static boolean copy(JdbcTemplate jdbc, Path target, String sql, Object... args) {
    try {
      Files.createDirectories(target.getParent());
      Path temp = Files.createTempFile(target.getParent(), "fetch-", ".part");
      try {
        Boolean found =
            jdbc.query(
                sql,
                rs -> {
                  if (!rs.next()) {
                    return false;
                  }
                  try (InputStream in = rs.getBinaryStream(1)) {
                    Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                  return true;
                },
                args);
        if (!Boolean.TRUE.equals(found)) {
          return false;
        }
        Files.move(
            temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return true;
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
