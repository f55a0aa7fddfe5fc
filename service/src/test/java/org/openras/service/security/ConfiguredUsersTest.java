package org.openras.service.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openras.service.OpenRasApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Users come from configuration with bcrypt hashes; production refuses the demonstration users, and
 * without the council's identity provider refuses to start (docs/adr/0018).
 */
class ConfiguredUsersTest {
  static final String HASH = "$2a$04$V5tf75ngr8nABuHOqQuzqOzYzmuW7YFfNqQ7Gm4Xu00xR0TW/HHoa";

  static UsersProperties users(String password, List<Role> roles, boolean demo) {
    return new UsersProperties(List.of(new UsersProperties.User("ann", password, roles)), demo);
  }

  @Test
  void aUserWithABcryptHashAndARoleIsAccepted() {
    var store = ConfiguredUsers.store(users(HASH, List.of(Role.AUDITOR), false), true);
    assertThat(store.loadUserByUsername("ann").getAuthorities())
        .extracting(Object::toString)
        .containsExactly("ROLE_AUDITOR");
  }

  @Test
  void aPlainPasswordIsRefused() {
    assertThatThrownBy(
            () -> ConfiguredUsers.check(users("secret", List.of(Role.ASSESSOR), false), false))
        .hasMessageContaining("openras.security.users[0].password must be a bcrypt hash");
  }

  @Test
  void aUserWithoutRolesIsRefused() {
    assertThatThrownBy(() -> ConfiguredUsers.check(users(HASH, List.of(), false), false))
        .hasMessageContaining("roles is missing");
  }

  @Test
  void aNameWithASpaceIsRefusedSoNoUserCanBeTakenForTheWarmUp() {
    var named =
        new UsersProperties(
            List.of(new UsersProperties.User(WarmUpCredentials.NAME, HASH, List.of(Role.AUDITOR))),
            false);
    assertThatThrownBy(() -> ConfiguredUsers.check(named, false))
        .hasMessageContaining("openras.security.users[0].name must not hold spaces");
  }

  @Test
  void productionNeedsNoConfiguredUsers() {
    assertThat(ConfiguredUsers.problems(new UsersProperties(List.of(), false), true)).isEmpty();
  }

  @Test
  void productionWithTheDemonstrationUsersIsRefused() {
    assertThatThrownBy(() -> ConfiguredUsers.check(users(HASH, List.of(Role.POLICY), true), true))
        .hasMessageContaining("demo profile");
  }

  @Test
  void theServiceStartedWithTheProdProfileAndNoIdentityProviderRefusesToStart() {
    assertThatThrownBy(
            () ->
                new SpringApplicationBuilder(OpenRasApplication.class)
                    .run("--spring.profiles.active=prod", "--server.port=0")
                    .close())
        // ProductionChecksTest: every problem is named (here also H2 and TLS), before anything
        // starts.
        .hasMessageStartingWith("OpenRAS refuses to start:")
        .hasMessageContaining(
            "no identity provider is configured: set openras.oidc.issuer-uri (Microsoft Entra ID:"
                + " https://login.microsoftonline.com/<tenant id>/v2.0), openras.oidc.client-id and"
                + " openras.oidc.client-secret");
  }
}
