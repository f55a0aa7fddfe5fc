package org.openras.service.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The folder of checkpoint files: one signed note per checkpoint, named by its tree size ({@code
 * 000000001054.checkpoint}), written once and never replaced (append-only by convention: the
 * service has no code that changes or removes one). A council copies the folder, or ships each new
 * file, to a witness such as its internal audit, which keeps them with the public key.
 */
@Component
public class CheckpointFolder {
  private static final Pattern NAME = Pattern.compile("(\\d{1,19})\\.checkpoint");

  private final Path dir;

  public CheckpointFolder(CheckpointSettings settings) {
    this.dir = settings.dir();
  }

  /** A checkpoint file: its tree size (from its name), file name and signed note. */
  public record Stored(long size, String file, String note) {}

  public Path dir() {
    return dir;
  }

  /** Every checkpoint file, smallest tree first. */
  public List<Stored> all() {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(this::read)
          .flatMap(Optional::stream)
          .sorted(Comparator.comparingLong(Stored::size))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the checkpoint folder " + dir, e);
    }
  }

  public Optional<Stored> latest() {
    List<Stored> all = all();
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  public static String fileName(long size) {
    return String.format("%012d.checkpoint", size);
  }

  /**
   * Writes a checkpoint, never replacing one: when a file of that size exists already it must hold
   * the same note (two instances may sign the same tree; Ed25519 signatures are deterministic).
   *
   * @throws IllegalStateException when a different checkpoint of that size exists: a fork
   */
  public Stored write(long size, String note) {
    try {
      Files.createDirectories(dir);
      Path target = dir.resolve(fileName(size));
      Path tmp = dir.resolve("." + UUID.randomUUID() + ".tmp");
      Files.writeString(tmp, note, StandardCharsets.UTF_8);
      try {
        Files.move(tmp, target); // no REPLACE_EXISTING
      } catch (FileAlreadyExistsException e) {
        Files.deleteIfExists(tmp);
        String existing = Files.readString(target, StandardCharsets.UTF_8);
        if (!existing.equals(note)) {
          throw new IllegalStateException(
              "A different checkpoint of size " + size + " exists in " + target + ": a fork");
        }
      }
      return new Stored(size, target.getFileName().toString(), note);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write a checkpoint to " + dir, e);
    }
  }

  private Optional<Stored> read(Path file) {
    Matcher m = NAME.matcher(file.getFileName().toString());
    if (!m.matches() || !Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new Stored(
              Long.parseLong(m.group(1)),
              file.getFileName().toString(),
              Files.readString(file, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the checkpoint " + file, e);
    }
  }
}
