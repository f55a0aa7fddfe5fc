package org.openras.service.audit;

import java.io.PrintStream;
import org.openras.service.OpenRasApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessException;

/**
 * {@code java -jar openras-service.jar verify-audit [--spring.profiles.active=postgres ...]}:
 * verifies the audit chain of the configured database without starting the web server or migrating
 * anything, prints the outcome and exits 0 when the chain is intact, 1 when it is broken, 2 when
 * the audit table cannot be read. Beans are created lazily, so only what verification needs starts
 * (not the engine, which reads the publication log).
 */
public final class AuditCommand {
  public static final String NAME = "verify-audit";

  private AuditCommand() {}

  /** Runs the check with the service's configuration; returns the process exit code. */
  public static int run(String[] args, PrintStream out) {
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(OpenRasApplication.class)
            .web(WebApplicationType.NONE)
            .logStartupInfo(false)
            .properties(
                "spring.flyway.enabled=false",
                "spring.main.lazy-initialization=true",
                // The readiness group names the serving instance's health indicators (rules,
                // inForce), which a command without the engine does not have.
                "management.endpoint.health.validate-group-membership=false")
            .run(args)) {
      ChainVerification outcome = context.getBean(ChainVerifier.class).verify();
      out.println(describe(outcome));
      return outcome.intact() ? 0 : 1;
    } catch (DataAccessException e) {
      out.println("Cannot read the audit trail: " + e.getMostSpecificCause().getMessage());
      return 2;
    }
  }

  static String describe(ChainVerification v) {
    if (v.intact()) {
      return "Audit chain intact: "
          + v.recordsChecked()
          + " record(s); newest is sequence "
          + v.lastSequence()
          + " with hash "
          + v.lastHash()
          + "\nCheckpoints: "
          + v.checkpointsChecked()
          + " signed checkpoint(s) match the records"
          + (v.checkpointsChecked() == 0 ? "" : "; the largest covers " + v.checkpointedSize());
    }
    StringBuilder text = new StringBuilder();
    if (v.firstBroken() != null) {
      text.append("Audit chain BROKEN at record ")
          .append(v.firstBroken().sequence())
          .append(" (id ")
          .append(v.firstBroken().id())
          .append("): ")
          .append(v.firstBroken().problem());
    } else {
      text.append("Audit chain intact: ").append(v.recordsChecked()).append(" record(s)");
    }
    if (v.firstDivergence() != null) {
      text.append("\nCheckpoint DIVERGES at ")
          .append(v.firstDivergence().file())
          .append(" (tree size ")
          .append(v.firstDivergence().treeSize())
          .append("): ")
          .append(v.firstDivergence().problem());
    }
    return text.toString();
  }
}
