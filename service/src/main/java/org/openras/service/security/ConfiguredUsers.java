package org.openras.service.security;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * Checks the configured users and builds the user store from them: every user named, with a bcrypt
 * hash and at least one role; in production ({@code prod} profile) no demonstration users, or the
 * service refuses to start. Production signs staff in with the council's identity provider
 * (ProductionChecks requires one); configured users there are optional, for programs that cannot
 * get a token.
 */
final class ConfiguredUsers {
  private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}");
  static final int PRODUCTION_COST = 12;

  private ConfiguredUsers() {}

  static InMemoryUserDetailsManager store(UsersProperties properties, boolean production) {
    check(properties, production);
    List<UserDetails> users = new ArrayList<>();
    for (UsersProperties.User u : properties.users()) {
      users.add(
          User.withUsername(u.name())
              .password(u.password())
              .roles(u.roles().stream().map(Role::name).toArray(String[]::new))
              .build());
    }
    return new InMemoryUserDetailsManager(users);
  }

  static void check(UsersProperties properties, boolean production) {
    List<String> problems = problems(properties, production);
    if (!problems.isEmpty()) {
      refuse(problems.get(0));
    }
  }

  /** Everything wrong with the configured users, in words. */
  static List<String> problems(UsersProperties properties, boolean production) {
    List<String> problems = new ArrayList<>();
    if (production && properties.demo()) {
      problems.add("the demo profile (public passwords) cannot run with the prod profile");
    }
    for (int i = 0; i < properties.users().size(); i++) {
      UsersProperties.User u = properties.users().get(i);
      String at = "openras.security.users[" + i + "]";
      if (u.name() == null || u.name().isBlank()) {
        problems.add(at + ".name is missing");
      } else if (!u.name().equals(u.name().strip()) || u.name().chars().anyMatch(c -> c <= ' ')) {
        // HTTP Basic sends the name as typed; the start-up warm-up's own name has a space in it
        // (WarmUpCredentials), so no configured user can be mistaken for it.
        problems.add(at + ".name must not hold spaces or control characters");
      }
      if (u.password() == null || !BCRYPT.matcher(u.password()).matches()) {
        problems.add(at + ".password must be a bcrypt hash ($2a$, $2b$ or $2y$), not a password");
      }
      if (u.roles() == null || u.roles().isEmpty()) {
        problems.add(at + ".roles is missing: give one or more of " + List.of(Role.values()));
      }
    }
    return problems;
  }

  /**
   * What the prod profile adds (ProductionChecks): no bcrypt cost below {@value #PRODUCTION_COST}
   * (the demonstration users' cost 4 is checked thousands of times a second).
   */
  static List<String> productionCostProblems(UsersProperties properties) {
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < properties.users().size(); i++) {
      String hash = properties.users().get(i).password();
      if (hash != null && BCRYPT.matcher(hash).matches() && cost(hash) < PRODUCTION_COST) {
        problems.add(
            "openras.security.users["
                + i
                + "].password is a bcrypt hash of cost "
                + cost(hash)
                + "; the prod profile needs cost "
                + PRODUCTION_COST
                + " or more (htpasswd -bnBC 12 '' 'the password')");
      }
    }
    return problems;
  }

  /** The cost of a bcrypt hash: the two digits after {@code $2a$}. */
  static int cost(String hash) {
    int at = hash.indexOf('$', 1) + 1;
    return Integer.parseInt(hash.substring(at, at + 2));
  }

  private static void refuse(String why) {
    throw new IllegalStateException("OpenRAS refuses to start: " + why);
  }
}
