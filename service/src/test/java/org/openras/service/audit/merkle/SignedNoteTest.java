package org.openras.service.audit.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.Signature;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Checkpoints as C2SP signed notes: the format, the key id, and a changed or foreign note. */
class SignedNoteTest {
  static final KeyPair KEY = Ed25519Keys.generate();
  static final String NAME = "north-shire.example/audit";

  @Test
  void aCheckpointIsSignedAsAC2spNote() throws Exception {
    Checkpoint c = new Checkpoint(NAME, 1054, Rfc9162.mth(MerkleTest.leaves(1054)));
    String note = SignedNote.sign(c.text(), NAME, KEY.getPrivate(), KEY.getPublic());

    String[] lines = note.split("\n", -1);
    assertThat(lines[0]).isEqualTo(NAME);
    assertThat(lines[1]).isEqualTo("1054");
    assertThat(Base64.getDecoder().decode(lines[2])).isEqualTo(c.root());
    assertThat(lines[3]).isEmpty();
    assertThat(lines[4]).startsWith("\u2014 " + NAME + " ");
    byte[] sig = Base64.getDecoder().decode(lines[4].substring(lines[4].lastIndexOf(' ') + 1));
    // key id: SHA-256(name || 0x0A || 0x01 || 32-byte key)[:4], computed here independently
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    sha.update((NAME + "\n").getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 1);
    byte[] encoded = KEY.getPublic().getEncoded();
    sha.update(Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length));
    assertThat(Arrays.copyOf(sig, 4)).isEqualTo(Arrays.copyOf(sha.digest(), 4));
    Signature ed = Signature.getInstance("Ed25519");
    ed.initVerify(KEY.getPublic());
    ed.update(c.text().getBytes(StandardCharsets.UTF_8));
    assertThat(ed.verify(Arrays.copyOfRange(sig, 4, sig.length))).isTrue();

    assertThat(Checkpoint.parse(SignedNote.open(note, NAME, KEY.getPublic()))).isEqualTo(c);
    assertThat(SignedNote.verifierKey(NAME, KEY.getPublic())).startsWith(NAME + "+");
  }

  @Test
  void aChangedOrForeignNoteIsRefused() {
    Checkpoint c = new Checkpoint(NAME, 10, Rfc9162.mth(MerkleTest.leaves(10)));
    String note = SignedNote.sign(c.text(), NAME, KEY.getPrivate(), KEY.getPublic());
    assertThatThrownBy(
            () -> SignedNote.open(note.replace("\n10\n", "\n9\n"), NAME, KEY.getPublic()))
        .hasMessageContaining("does not verify");
    KeyPair other = Ed25519Keys.generate();
    assertThatThrownBy(() -> SignedNote.open(note, NAME, other.getPublic()))
        .hasMessageContaining("not signed by the key");
    assertThatThrownBy(() -> SignedNote.open(c.text(), NAME, KEY.getPublic()))
        .hasMessageContaining("not a signed note");
  }
}
