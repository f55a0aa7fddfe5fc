package org.openras.service.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openras.service.audit.merkle.Checkpoint;
import org.openras.service.audit.merkle.Ed25519Keys;
import org.openras.service.audit.merkle.SignedNote;

/** The signing key: generated owner-only outside prod, required under prod, a mismatch refused. */
class CheckpointKeyTest {
  @TempDir Path dir;

  CheckpointSettings settings(boolean prod) {
    return new CheckpointSettings(
        dir.resolve("checkpoints"),
        Duration.ZERO,
        "north-shire.example/audit",
        dir.resolve("keys/checkpoint-key.pem"),
        dir.resolve("keys/checkpoint-key.pub.pem"),
        prod);
  }

  @Test
  void aDemoStartGeneratesAKeyReadableByItsOwnerOnly() throws Exception {
    CheckpointKey key = new CheckpointKey(settings(false));
    String note = key.sign(new Checkpoint("north-shire.example/audit", 0, new byte[32]));

    Path privateKey = dir.resolve("keys/checkpoint-key.pem");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(privateKey)))
        .isEqualTo("rw-------");
    assertThat(Files.readString(privateKey)).startsWith("-----BEGIN PRIVATE KEY-----");
    var publicKey = Ed25519Keys.readPublic(dir.resolve("keys/checkpoint-key.pub.pem"));
    assertThat(SignedNote.open(note, "north-shire.example/audit", publicKey)).isNotEmpty();
    // the next start reads the same key
    assertThat(new CheckpointKey(settings(false)).publicKey()).contains(publicKey);
  }

  @Test
  void prodRefusesToStartWithoutAConfiguredKey() {
    CheckpointKey key = new CheckpointKey(settings(true));
    assertThatThrownBy(key::pair)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("openras.audit.checkpoint.private-key");
    assertThat(Files.exists(dir.resolve("keys/checkpoint-key.pem"))).isFalse();
  }

  @Test
  void aPublicKeyOfAnotherPairIsRefused() throws Exception {
    Ed25519Keys.write(
        Ed25519Keys.generate(),
        dir.resolve("keys/checkpoint-key.pem"),
        dir.resolve("keys/checkpoint-key.pub.pem"));
    Ed25519Keys.write(Ed25519Keys.generate(), dir.resolve("other.pem"), dir.resolve("other.pub"));
    Files.copy(
        dir.resolve("other.pub"),
        dir.resolve("keys/checkpoint-key.pub.pem"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertThatThrownBy(() -> new CheckpointKey(settings(true)).pair())
        .hasMessageContaining("is not the public key of");
  }
}
