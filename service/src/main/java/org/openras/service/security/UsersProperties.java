package org.openras.service.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code openras.security.*}: the users who may sign in, each with a bcrypt hash of their password
 * and their roles; {@code demo} is true only in the demonstration profile.
 */
@ConfigurationProperties("openras.security")
public record UsersProperties(List<User> users, boolean demo) {

  public UsersProperties {
    users = users == null ? List.of() : List.copyOf(users);
  }

  /**
   * One user.
   *
   * @param password a bcrypt hash ({@code $2a$}, {@code $2b$} or {@code $2y$}), never the password
   */
  public record User(String name, String password, List<Role> roles) {}
}
