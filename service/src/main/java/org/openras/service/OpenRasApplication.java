package org.openras.service;

import java.util.Arrays;
import org.openras.service.audit.AuditCommand;
import org.openras.service.audit.merkle.ProofCommand;
import org.openras.service.storage.H2FileAccess;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts the OpenRAS HTTP service: the engine, compiled once, behind a thin JSON API, with every
 * calculation recorded in the audit trail. {@code verify-audit} as the first argument checks the
 * audit log instead, and exits; {@code verify-proof} checks one record's inclusion proof against a
 * checkpoint file and the public key, with no database, and exits.
 */
@SpringBootApplication
public class OpenRasApplication {

  public static void main(String[] args) {
    H2FileAccess.loopbackOnly();
    if (args.length > 0 && AuditCommand.NAME.equals(args[0])) {
      System.exit(AuditCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out));
    }
    if (args.length > 0 && ProofCommand.NAME.equals(args[0])) {
      System.exit(ProofCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out));
    }
    SpringApplication.run(OpenRasApplication.class, args);
  }
}
