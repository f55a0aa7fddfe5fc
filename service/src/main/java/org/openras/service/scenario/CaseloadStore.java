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
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.openras.seeds.caseload.CaseloadGenerator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Caseloads kept under {@code openras.data.dir/caseloads/}, each named by the SHA-256 of its
 * content: an upload or a generated caseload is identified by what it holds, and a scenario report
 * records that hash, so any figure can be reproduced from the same file.
 */
@Component
public class CaseloadStore {
  private static final Pattern ID = Pattern.compile("[0-9a-f]{64}");

  private final Path folder;

  CaseloadStore(@Value("${openras.data.dir:./data}") Path dataDir) {
    this.folder = dataDir.resolve("caseloads");
  }

  /** What is kept: the id (SHA-256), lines and bytes. */
  public record Caseload(String id, long lines, long bytes) {}

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
      sha.update(Files.readAllBytes(temp));
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

  private Caseload keep(Path temp, String id) throws IOException {
    Path target = path(id);
    if (!Files.exists(target)) {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    }
    return describe(id);
  }

  /** The caseload's file. @throws CaseloadNotFoundException when no caseload has this id */
  public Path path(String id) {
    if (id == null || !ID.matcher(id).matches()) {
      throw new CaseloadNotFoundException(id);
    }
    return folder.resolve(id + ".jsonl");
  }

  public Caseload describe(String id) {
    Path file = path(id);
    if (!Files.isRegularFile(file)) {
      throw new CaseloadNotFoundException(id);
    }
    try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
      return new Caseload(id, lines.count(), Files.size(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
    }
  }
}
