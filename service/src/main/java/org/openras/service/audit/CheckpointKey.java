package org.openras.service.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.Optional;
import org.openras.service.audit.merkle.Checkpoint;
import org.openras.service.audit.merkle.Ed25519Keys;
import org.openras.service.audit.merkle.SignedNote;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The checkpoint signing key, read from its PEM files (never from the database). Without the {@code
 * prod} profile a missing pair is generated on first use; under {@code prod} a missing or
 * mismatched pair stops the checkpointer, and so the service's start.
 */
@Component
public class CheckpointKey {
  private static final Logger LOG = LoggerFactory.getLogger(CheckpointKey.class);

  private final CheckpointSettings settings;
  private volatile KeyPair pair;

  public CheckpointKey(CheckpointSettings settings) {
    this.settings = settings;
  }

  public String name() {
    return settings.origin();
  }

  /** The public key if its file exists (verification never generates one). */
  public Optional<PublicKey> publicKey() {
    if (pair != null) {
      return Optional.of(pair.getPublic());
    }
    if (!Files.exists(settings.publicKey())) {
      return Optional.empty();
    }
    try {
      return Optional.of(Ed25519Keys.readPublic(settings.publicKey()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Signs a checkpoint as a C2SP signed note. */
  public String sign(Checkpoint checkpoint) {
    KeyPair keys = pair();
    return SignedNote.sign(checkpoint.text(), name(), keys.getPrivate(), keys.getPublic());
  }

  /** Loads (or, outside prod, generates) the key pair and checks the two halves match. */
  synchronized KeyPair pair() {
    if (pair != null) {
      return pair;
    }
    boolean present = Files.exists(settings.privateKey());
    if (!present && settings.prod()) {
      throw new IllegalStateException(
          "The prod profile needs the checkpoint signing key: set"
              + " openras.audit.checkpoint.private-key and .public-key to an Ed25519 key pair in"
              + " PEM (docs/adr/0009-verifiable-audit-log.md); "
              + settings.privateKey()
              + " does not exist");
    }
    try {
      if (!present) {
        generate();
      }
      KeyPair loaded =
          new KeyPair(
              Ed25519Keys.readPublic(settings.publicKey()),
              Ed25519Keys.readPrivate(settings.privateKey()));
      if (!Ed25519Keys.pair(loaded.getPrivate(), loaded.getPublic())) {
        throw new IllegalStateException(
            settings.publicKey() + " is not the public key of " + settings.privateKey());
      }
      pair = loaded;
      LOG.info(
          "Checkpoints are signed by {}; verifier key {}",
          settings.privateKey(),
          SignedNote.verifierKey(name(), loaded.getPublic()));
      return pair;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the checkpoint signing key", e);
    }
  }

  private void generate() throws IOException {
    try {
      Ed25519Keys.write(Ed25519Keys.generate(), settings.privateKey(), settings.publicKey());
      LOG.warn(
          "Generated a checkpoint signing key in {} (not for production: configure"
              + " openras.audit.checkpoint.private-key); give {} to your witness",
          settings.privateKey(),
          settings.publicKey());
    } catch (FileAlreadyExistsException e) {
      // Another start generated it at the same moment: use theirs.
    }
  }
}
