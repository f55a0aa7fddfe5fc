package org.openras.service.scenario;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.openras.seeds.caseload.CaseloadGenerator;
import org.openras.service.storage.StoredFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Caseloads kept in the database (table {@code caseload}, docs/adr/0019), each named by the SHA-256
 * of its content: an upload or a generated caseload is identified by what it holds, and a scenario
 * report records that hash, so any figure can be reproduced from the same content. Every instance
 * reads the same caseloads. Each row records who kept it and when it expires ({@code
 * openras.caseloads.retention}, 30 days unless set); expired caseloads are purged, and a finance
 * officer may delete one on request. {@link #path} copies a caseload into this instance's {@code
 * openras.data.dir/caseloads/} for the calculation that reads it; copies whose caseload is gone are
 * deleted by {@link #sweepCopies}.
 */
@Component
public class CaseloadStore {
  private static final Logger log = LoggerFactory.getLogger(CaseloadStore.class);
  private static final Pattern ID = Pattern.compile("[0-9a-f]{64}");
  private static final String SUFFIX = ".jsonl";

  private final Path folder;
  private final JdbcTemplate jdbc;
  private final Duration retention;

  CaseloadStore(
      @Value("${openras.data.dir:./data}") Path dataDir,
      JdbcTemplate jdbc,
      @Value("${openras.caseloads.retention:P30D}") Duration retention) {
    this.folder = dataDir.resolve("caseloads");
    this.jdbc = jdbc;
    this.retention = retention;
  }

  /** What is kept: the id (SHA-256), lines and bytes. */
  public record Caseload(String id, long lines, long bytes) {}

  /**
   * A kept caseload as the lists show it (issue 21): its name in words where one was given, its
   * lines, who kept it, when, and when it will be deleted.
   */
  public record KeptCaseload(
      String id,
      String name,
      long lines,
      long bytes,
      String keptBy,
      Instant keptAt,
      Instant expiresAt) {}

  /** The most a caseload's name holds (its column is 200 characters). */
  static final int NAME_LENGTH = 200;

  /**
   * Gives a caseload its name in words (an uploaded file's name, or what was generated) unless it
   * has one already: the same content kept again keeps its first name.
   */
  public void name(String id, String name) {
    if (name == null) {
      return;
    }
    String clean = name.replaceAll("\\p{Cntrl}", " ").strip();
    if (clean.isEmpty()) {
      return;
    }
    if (clean.length() > NAME_LENGTH) {
      clean = clean.substring(0, NAME_LENGTH - 1) + "…";
    }
    jdbc.update("UPDATE caseload SET name = ? WHERE id = ? AND name IS NULL", clean, id);
  }

  /** The name of a generated caseload, in words. */
  public static String generatedName(long people, long seed, Boolean finances) {
    return "Synthetic caseload of "
        + people
        + (people == 1 ? " person" : " people")
        + (Boolean.TRUE.equals(finances) ? " with incomes and capital" : "")
        + " (seed "
        + seed
        + ")";
  }

  /** Every kept caseload, the most recently kept first, at most {@code limit}. */
  public List<KeptCaseload> list(int limit) {
    return jdbc.query(
        "SELECT id, name, lines, bytes, uploaded_by, created_at, expires_at FROM caseload"
            + " ORDER BY created_at DESC, id FETCH FIRST "
            + Math.max(1, limit)
            + " ROWS ONLY",
        (rs, n) ->
            new KeptCaseload(
                rs.getString("id").trim(),
                rs.getString("name"),
                rs.getLong("lines"),
                rs.getLong("bytes"),
                rs.getString("uploaded_by"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant()));
  }

  /** How long a caseload and a job's reports are kept. */
  public Duration retention() {
    return retention;
  }

  public Caseload save(InputStream body) throws IOException {
    Files.createDirectories(folder);
    Path temp = Files.createTempFile(folder, "upload-", ".part");
    try {
      MessageDigest sha = sha256();
      try (InputStream in = new DigestInputStream(body, sha)) {
        Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
      }
      return keep(temp, HexFormat.of().formatHex(sha.digest()));
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  public Caseload generate(long people, long seed, boolean finances) throws IOException {
    Files.createDirectories(folder);
    Path temp = Files.createTempFile(folder, "generated-", ".part");
    try {
      try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        new CaseloadGenerator(seed, finances).write(out, people, done -> {});
      }
      MessageDigest sha = sha256();
      try (InputStream in = new DigestInputStream(Files.newInputStream(temp), sha)) {
        in.transferTo(java.io.OutputStream.nullOutputStream());
      }
      return keep(temp, HexFormat.of().formatHex(sha.digest()));
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Writes a caseload's JSON Lines, as {@link #write} takes them. */
  @FunctionalInterface
  public interface LinesWriter {
    void write(Writer out) throws IOException;
  }

  /**
   * Keeps what {@code lines} writes (JSON Lines, UTF-8), named by its SHA-256, as an upload is.
   * Nothing is kept when it throws: the part written so far is deleted.
   */
  public Caseload write(LinesWriter lines) throws IOException {
    Files.createDirectories(folder);
    Path temp = Files.createTempFile(folder, "import-", ".part");
    try {
      MessageDigest sha = sha256();
      try (Writer out =
          new BufferedWriter(
              new OutputStreamWriter(
                  new DigestOutputStream(Files.newOutputStream(temp), sha),
                  StandardCharsets.UTF_8))) {
        lines.write(out);
      }
      return keep(temp, HexFormat.of().formatHex(sha.digest()));
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * Stores the file under its hash. The same content kept again keeps its first uploader and has
   * its expiry moved on by the retention period.
   */
  private Caseload keep(Path temp, String id) throws IOException {
    long bytes = Files.size(temp);
    long lines;
    try (Stream<String> all = Files.lines(temp, StandardCharsets.UTF_8)) {
      lines = all.count();
    }
    Instant now = Instant.now();
    Timestamp expires = Timestamp.from(now.plus(retention));
    int moved = jdbc.update("UPDATE caseload SET expires_at = ? WHERE id = ?", expires, id);
    if (moved == 0) {
      String user = currentUser();
      try {
        jdbc.execute(
            "INSERT INTO caseload (id, content, lines, bytes, uploaded_by, created_at, expires_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (PreparedStatement ps) -> {
              try (InputStream in = Files.newInputStream(temp)) {
                ps.setString(1, id);
                ps.setBinaryStream(2, in, bytes);
                ps.setLong(3, lines);
                ps.setLong(4, bytes);
                ps.setString(5, user);
                ps.setTimestamp(6, Timestamp.from(now));
                ps.setTimestamp(7, expires);
                return ps.executeUpdate();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
        log.info("Caseload {} kept by {} until {}", id, user, expires.toInstant());
      } catch (org.springframework.dao.DuplicateKeyException keptMeanwhile) {
        // another request kept the same content at the same moment: the row is there
      }
    } else {
      log.info("Caseload {} kept again: expires {}", id, expires.toInstant());
    }
    return describe(id);
  }

  /**
   * This instance's copy of the caseload's content, fetched from the database when absent.
   *
   * @throws CaseloadNotFoundException when no caseload has this id
   */
  public Path path(String id) {
    describe(id);
    Path target = folder.resolve(id + SUFFIX);
    if (Files.isRegularFile(target)) {
      return target;
    }
    if (!StoredFiles.copy(jdbc, target, "SELECT content FROM caseload WHERE id = ?", id)) {
      throw new CaseloadNotFoundException(id);
    }
    return target;
  }

  /** Copies the caseload's content into {@code file}, for a job that reads it and deletes it. */
  void copyTo(String id, Path file) throws IOException {
    Path copy = path(id);
    Files.copy(copy, file, StandardCopyOption.REPLACE_EXISTING);
  }

  public Caseload describe(String id) {
    if (id == null || !ID.matcher(id).matches()) {
      throw new CaseloadNotFoundException(id);
    }
    List<Caseload> found =
        jdbc.query(
            "SELECT lines, bytes FROM caseload WHERE id = ?",
            (rs, n) -> new Caseload(id, rs.getLong(1), rs.getLong(2)),
            id);
    if (found.isEmpty()) {
      throw new CaseloadNotFoundException(id);
    }
    return found.get(0);
  }

  /**
   * Deletes a caseload on request, with this instance's copy; logged with who asked.
   *
   * @throws CaseloadNotFoundException when no caseload has this id
   */
  public void delete(String id, String user) {
    describe(id);
    int deleted = jdbc.update("DELETE FROM caseload WHERE id = ?", id);
    if (deleted == 0) {
      throw new CaseloadNotFoundException(id);
    }
    deleteCopy(id);
    log.info("Caseload {} deleted on request by {}", id, user);
  }

  /** Deletes the caseloads whose retention has run out; logs their ids (hashes) and count. */
  public int purgeExpired(Instant now) {
    List<String> expired =
        jdbc.queryForList(
            "SELECT id FROM caseload WHERE expires_at < ?", String.class, Timestamp.from(now));
    int deleted = 0;
    for (String id : expired) {
      deleted +=
          jdbc.update(
              "DELETE FROM caseload WHERE id = ? AND expires_at < ?", id, Timestamp.from(now));
      deleteCopy(id);
      log.info("Caseload {} deleted: its retention ({}) ran out", id, retention);
    }
    if (deleted > 0) {
      log.info("Purged {} expired caseload(s)", deleted);
    }
    return deleted;
  }

  /** Deletes this instance's copies of caseloads no longer in the database, and stray parts. */
  public void sweepCopies() {
    if (!Files.isDirectory(folder)) {
      return;
    }
    Set<String> kept = new HashSet<>(jdbc.queryForList("SELECT id FROM caseload", String.class));
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.toList()) {
        String name = f.getFileName().toString();
        boolean copy = name.endsWith(SUFFIX);
        boolean stalePart =
            name.endsWith(".part")
                && Files.getLastModifiedTime(f)
                    .toInstant()
                    .isBefore(Instant.now().minusSeconds(3600));
        if ((copy && !kept.contains(name.substring(0, name.length() - SUFFIX.length())))
            || stalePart) {
          Files.deleteIfExists(f);
        }
      }
    } catch (IOException e) {
      log.warn("Could not sweep the local caseload copies: {}", e.getMessage());
    }
  }

  private void deleteCopy(String id) {
    try {
      Files.deleteIfExists(folder.resolve(id + SUFFIX));
    } catch (IOException e) {
      log.warn("Could not delete the local copy of caseload {}: {}", id, e.getMessage());
    }
  }

  private static String currentUser() {
    Authentication who = SecurityContextHolder.getContext().getAuthentication();
    return who == null || who.getName() == null ? "system" : who.getName();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
    }
  }
}
