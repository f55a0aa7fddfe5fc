package org.openras.service.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.Profiles;

/**
 * Under the {@code prod} profile, refuses to start before anything is created, connected or
 * compiled (this runs once the configuration is read, before any bean): without configured users
 * whose bcrypt hashes have cost 12 or more, with the demonstration users, on the embedded H2
 * database (no triggers guard the audit trail there), without TLS (the service's own, {@code
 * server.ssl.*}, or a proxy's, named by {@code server.forward-headers-strategy}), or with an OpenID
 * Connect client or resource server configured without its issuer ({@code
 * spring.security.oauth2.client.provider.*.issuer-uri}, {@code
 * spring.security.oauth2.resourceserver.jwt.issuer-uri}: issue 19 builds the sign-in itself).
 */
public final class ProductionChecks implements EnvironmentPostProcessor, Ordered {
  private static final String CLIENT = "spring.security.oauth2.client.registration.";
  private static final String PROVIDER = "spring.security.oauth2.client.provider.";
  private static final String JWT = "spring.security.oauth2.resourceserver.jwt.";

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
    boolean ownTls =
        env.getProperty("server.ssl.enabled", Boolean.class, true)
            && (env.containsProperty("server.ssl.bundle")
                || env.containsProperty("server.ssl.key-store")
                || env.containsProperty("server.ssl.certificate"));
    if (!ownTls
        && "none".equalsIgnoreCase(env.getProperty("server.forward-headers-strategy", "none"))) {
      problems.add(
          "the prod profile needs TLS: set server.ssl.bundle (or server.ssl.key-store, or"
              + " server.ssl.certificate and .certificate-private-key), or run behind a"
              + " TLS-terminating proxy and set server.forward-headers-strategy=native");
    }
    problems.addAll(issuers(env));
    return problems;
  }

  /** An OpenID Connect client or resource server configured without its issuer. */
  private static List<String> issuers(ConfigurableEnvironment env) {
    Set<String> names = propertyNames(env);
    List<String> problems = new ArrayList<>();
    Set<String> registrations = new TreeSet<>();
    for (String name : names) {
      if (name.startsWith(CLIENT)) {
        registrations.add(name.substring(CLIENT.length()).split("\\.", 2)[0]);
      }
    }
    for (String registration : registrations) {
      String provider = env.getProperty(CLIENT + registration + ".provider", registration);
      if (blank(env.getProperty(PROVIDER + provider + ".issuer-uri"))) {
        problems.add(
            "OpenID Connect client "
                + registration
                + " has no issuer: set "
                + PROVIDER
                + provider
                + ".issuer-uri, so tokens from any other issuer are refused");
      }
    }
    boolean jwt = names.stream().anyMatch(n -> n.startsWith(JWT));
    if (jwt && blank(env.getProperty(JWT + "issuer-uri"))) {
      problems.add(
          "the resource server has no issuer: set "
              + JWT
              + "issuer-uri, so tokens from any"
              + " other issuer are refused");
    }
    return problems;
  }

  private static Set<String> propertyNames(ConfigurableEnvironment env) {
    Set<String> names = new TreeSet<>();
    env.getPropertySources()
        .forEach(
            source -> {
              if (source instanceof EnumerablePropertySource<?> e) {
                for (String n : e.getPropertyNames()) {
                  names.add(n.toLowerCase(java.util.Locale.ROOT).replace('_', '.'));
                }
              }
            });
    return names;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
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
}
