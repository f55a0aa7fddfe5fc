package org.openras.service.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Under the {@code prod} profile, refuses to start before anything is created, connected or
 * compiled (this runs once the configuration is read, before any bean): without the council's
 * identity provider ({@code openras.oidc.issuer-uri} over HTTPS, an audience, a role mapping;
 * docs/adr/0018), with the demonstration users, with configured users whose bcrypt hashes have cost
 * below 12, on the embedded H2 database (no triggers guard the audit trail there), or without TLS
 * (the service's own, {@code server.ssl.*}, or a proxy's, named by {@code
 * server.forward-headers-strategy}).
 */
public final class ProductionChecks implements EnvironmentPostProcessor, Ordered {

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
    if (!env.acceptsProfiles(Profiles.of("prod"))) {
      return;
    }
    List<String> problems = problems(env);
    if (!problems.isEmpty()) {
      throw new StartRefusedException(problems);
    }
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }

  static List<String> problems(ConfigurableEnvironment env) {
    UsersProperties users =
        Binder.get(env)
            .bind("openras.security", UsersProperties.class)
            .orElseGet(() -> new UsersProperties(null, false));
    List<String> problems = new ArrayList<>(ConfiguredUsers.problems(users, true));
    problems.addAll(ConfiguredUsers.productionCostProblems(users));
    String url = env.getProperty("spring.datasource.url", "");
    if (url.startsWith("jdbc:h2:")) {
      problems.add(
          "the prod profile needs PostgreSQL (add the postgres profile): the embedded H2"
              + " database has no triggers to guard the audit trail");
    }
    if (!servesOwnTls(env)
        && "none".equalsIgnoreCase(env.getProperty("server.forward-headers-strategy", "none"))) {
      problems.add(
          "the prod profile needs TLS: set server.ssl.bundle (or server.ssl.key-store, or"
              + " server.ssl.certificate and .certificate-private-key), or run behind a"
              + " TLS-terminating proxy and set server.forward-headers-strategy=native");
    }
    problems.addAll(issuers(env));
    return problems;
  }

  /**
   * The council's identity provider (docs/adr/0018): an issuer over HTTPS, and an audience for
   * bearer tokens (the client id, unless {@code openras.oidc.audiences} names others).
   */
  private static List<String> issuers(ConfigurableEnvironment env) {
    OidcProperties oidc =
        Binder.get(env)
            .bind("openras.oidc", OidcProperties.class)
            .orElseGet(
                () ->
                    new OidcProperties(null, null, null, null, null, null, null, null, null, null));
    List<String> problems = new ArrayList<>();
    if (!oidc.enabled()) {
      problems.add(
          "no identity provider is configured: set openras.oidc.issuer-uri (Microsoft Entra ID:"
              + " https://login.microsoftonline.com/<tenant id>/v2.0), openras.oidc.client-id and"
              + " openras.oidc.client-secret, and map roles with openras.oidc.roles.<role>");
      return problems;
    }
    if (!oidc.issuerUri().startsWith("https://")) {
      problems.add("openras.oidc.issuer-uri must be an https:// address");
    }
    if (oidc.audiences().isEmpty()) {
      problems.add(
          "openras.oidc has no audience for bearer tokens: set openras.oidc.client-id or"
              + " openras.oidc.audiences, so tokens for other applications are refused");
    }
    if (oidc.roles().values().stream().allMatch(List::isEmpty)) {
      problems.add(
          "openras.oidc.roles maps no "
              + oidc.roleClaim()
              + " value to a role: set openras.oidc.roles.assessor (and .finance, .policy,"
              + " .auditor) to the group ids or app-role values that grant it");
    }
    return problems;
  }

  /** Thrown before the service starts; its message lists every problem, one a line. */
  public static final class StartRefusedException extends IllegalStateException {
    private final List<String> problems;

    StartRefusedException(List<String> problems) {
      super(
          problems.size() == 1
              ? "OpenRAS refuses to start: " + problems.get(0)
              : "OpenRAS refuses to start:\n  - " + String.join("\n  - ", problems));
      this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
      return problems;
    }
  }

  /** Whether the service's own port serves HTTPS: {@code server.ssl.*} with a key configured. */
  public static boolean servesOwnTls(Environment env) {
    return env.getProperty("server.ssl.enabled", Boolean.class, true)
        && (env.containsProperty("server.ssl.bundle")
            || env.containsProperty("server.ssl.key-store")
            || env.containsProperty("server.ssl.certificate"));
  }
}
