package org.openras.service.audit.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openras.engine.json.Json;

/**
 * {@code verify-proof} with no database and no Spring: a public key file, a checkpoint file and a
 * proof JSON (as the API gives them) are all it reads.
 */
class ProofCommandTest {
  static final String ORIGIN = "north-shire.example/audit";

  @TempDir Path dir;

  /** A log of 25 record hashes, its checkpoint signed, and the proof of record {@code seq}. */
  private Path[] files(int seq, KeyPair signer, KeyPair given) throws Exception {
    List<byte[]> recordHashes = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      recordHashes.add(Rfc9162.sha(-1, ("record " + i).getBytes(StandardCharsets.UTF_8)));
    }
    Checkpoint c = new Checkpoint(ORIGIN, 25, Rfc9162.mth(recordHashes));
    String note = SignedNote.sign(c.text(), ORIGIN, signer.getPrivate(), signer.getPublic());
    List<String> path =
        Rfc9162.path(seq - 1, recordHashes).stream().map(HexFormat.of()::formatHex).toList();
    InclusionProof proof =
        new InclusionProof(
            UUID.randomUUID(),
            seq,
            HexFormat.of().formatHex(recordHashes.get(seq - 1)),
            25,
            HexFormat.of().formatHex(c.root()),
            path,
            note);
    Ed25519Keys.write(given, dir.resolve("key.pem"), dir.resolve("key.pub.pem"));
    Path checkpoint = Files.writeString(dir.resolve("000000000025.checkpoint"), note);
    Path json =
        Files.writeString(dir.resolve("proof.json"), Json.mapper().writeValueAsString(proof));
    return new Path[] {dir.resolve("key.pub.pem"), checkpoint, json};
  }

  private String run(int expected, Path... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String[] argv = java.util.Arrays.stream(args).map(Path::toString).toArray(String[]::new);
    int code = ProofCommand.run(argv, new PrintStream(out, true, StandardCharsets.UTF_8));
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(code).as(text).isEqualTo(expected);
    return text;
  }

  @Test
  void aGoodProofVerifiesWithTheFilesAlone() throws Exception {
    KeyPair key = Ed25519Keys.generate();
    String out = run(0, files(7, key, key));
    assertThat(out).contains("Verified", "sequence 7", ORIGIN, "25 records");
  }

  @Test
  void aChangedProofDoesNotVerify() throws Exception {
    KeyPair key = Ed25519Keys.generate();
    Path[] f = files(7, key, key);
    String json = Files.readString(f[2]);
    var proof = Json.mapper().readValue(json, InclusionProof.class);
    var changed =
        new InclusionProof(
            proof.calculationId(),
            8,
            proof.recordHash(),
            proof.treeSize(),
            proof.rootHash(),
            proof.auditPath(),
            proof.checkpoint());
    Files.writeString(f[2], Json.mapper().writeValueAsString(changed));
    assertThat(run(1, f)).contains("does NOT verify");
  }

  @Test
  void aCheckpointSignedByAnotherKeyIsRefused() throws Exception {
    assertThat(run(1, files(3, Ed25519Keys.generate(), Ed25519Keys.generate())))
        .contains("not accepted");
  }

  @Test
  void aMissingFileIsSaid() {
    assertThat(run(2, dir.resolve("none.pem"), dir.resolve("x"), dir.resolve("y")))
        .contains("Cannot read");
  }
}
