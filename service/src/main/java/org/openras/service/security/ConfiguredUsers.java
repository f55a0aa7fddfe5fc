package org.openras.service.security;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * Checks the configured users and builds the user store from them: every user named, with a bcrypt
 * hash and at least one role; in production ({@code prod} profile) at least one user and no
 * demonstration users, or the service refuses to start.
 */
final class ConfiguredUsers {
  private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}");

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
    if (production && properties.demo()) {
      refuse("the demo profile (public passwords) cannot run with the prod profile");
    }
    if (production && properties.users().isEmpty()) {
      refuse(
          "no users are configured; set openras.security.users[0].name, .password (a bcrypt hash)"
              + " and .roles for each user");
    }
    for (int i = 0; i < properties.users().size(); i++) {
      UsersProperties.User u = properties.users().get(i);
      String at = "openras.security.users[" + i + "]";
      if (u.name() == null || u.name().isBlank()) {
        refuse(at + ".name is missing");
      }
      if (u.password() == null || !BCRYPT.matcher(u.password()).matches()) {
        refuse(at + ".password must be a bcrypt hash ($2a$, $2b$ or $2y$), not a password");
      }
      if (u.roles() == null || u.roles().isEmpty()) {
        refuse(at + ".roles is missing: give one or more of " + List.of(Role.values()));
      }
    }
  }

  private static void refuse(String why) {
    throw new IllegalStateException("OpenRAS refuses to start: " + why);
  }
}
