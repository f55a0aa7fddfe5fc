package org.openras.service.audit.merkle;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openras.engine.json.Json;

/**
 * {@code java -jar openras-service.jar verify-proof <public-key.pem> <checkpoint-file>
 * <proof.json>}: checks one record's inclusion proof (as {@code GET
 * /api/v1/calculations/{id}/proof} gives it) against a checkpoint file and the log's public key,
 * with no database and no configuration. Exits 0 when it verifies, 1 when it does not, 2 when a
 * file cannot be read.
 */
public final class ProofCommand {
  public static final String NAME = "verify-proof";

  private ProofCommand() {}

  public static int run(String[] args, PrintStream out) {
    if (args.length != 3) {
      out.println("Usage: verify-proof <public-key.pem> <checkpoint-file> <proof.json>");
      return 2;
    }
    try {
      var key = Ed25519Keys.readPublic(Path.of(args[0]));
      String checkpoint = Files.readString(Path.of(args[1]));
      InclusionProof proof =
          Json.mapper().readValue(Files.readString(Path.of(args[2])), InclusionProof.class);
      ProofCheck.Outcome outcome = ProofCheck.check(key, checkpoint, proof);
      out.println(outcome.message());
      return outcome.valid() ? 0 : 1;
    } catch (IOException | RuntimeException e) {
      out.println("Cannot read the files: " + e.getMessage());
      return 2;
    }
  }
}
