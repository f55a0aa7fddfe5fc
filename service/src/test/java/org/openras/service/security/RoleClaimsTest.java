package org.openras.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.security.authentication.TestingAuthenticationToken;

/**
 * The role mapping (openras.oidc.roles.*) as properties bind it, the claim's shapes, and how a
 * provider's user is named in records.
 */
class RoleClaimsTest {
  static OidcProperties bind(Map<String, String> properties) {
    return new Binder(new MapConfigurationPropertySource(properties))
        .bind("openras.oidc", OidcProperties.class)
        .get();
  }

  @Test
  void entraAppRoleValuesWithDotsAndGroupIdsBindAsTheyAreWritten() {
    OidcProperties p =
        bind(
            Map.of(
                "openras.oidc.issuer-uri", "https://login.example/tenant/v2.0",
                "openras.oidc.client-id", "3f1c0000-0000-0000-0000-000000000001",
                "openras.oidc.roles.assessor",
                    "OpenRAS.Assessor,5b1e0000-0000-0000-0000-00000000000a",
                "openras.oidc.roles.FINANCE", "OpenRAS.Finance",
                "openras.oidc.roles.auditor", "OpenRAS.Auditor,OpenRAS.Assessor"));
    assertThat(p.roles().get(Role.ASSESSOR))
        .containsExactly("OpenRAS.Assessor", "5b1e0000-0000-0000-0000-00000000000a");
    assertThat(p.roles().get(Role.FINANCE)).containsExactly("OpenRAS.Finance");
    assertThat(p.audiences()).containsExactly("3f1c0000-0000-0000-0000-000000000001");
    assertThat(p.roleClaim()).isEqualTo("roles");
    assertThat(p.subjectClaim()).isEqualTo("sub");

    RoleClaims roles = new RoleClaims(p.roleClaim(), p.roles());
    assertThat(roles.roles(Map.of("roles", List.of("OpenRAS.Assessor"))))
        .containsExactly(Role.ASSESSOR, Role.AUDITOR);
    assertThat(roles.roles(Map.of("roles", List.of("5b1e0000-0000-0000-0000-00000000000a"))))
        .containsExactly(Role.ASSESSOR);
    assertThat(roles.roles(Map.of("roles", "OpenRAS.Finance"))).containsExactly(Role.FINANCE);
    assertThat(roles.roles(Map.of("roles", List.of("openras.finance", "Other"))))
        .as("values are compared exactly")
        .isEmpty();
    assertThat(roles.roles(Map.of("groups", List.of("OpenRAS.Finance"))))
        .as("another claim")
        .isEmpty();
    assertThat(roles.authorities(Map.of("roles", List.of("OpenRAS.Finance", "OpenRAS.Auditor"))))
        .extracting(Object::toString)
        .containsExactly("ROLE_FINANCE", "ROLE_AUDITOR");
  }

  @Test
  void aDottedClaimNameReadsANestedClaimUnlessItIsAClaimItself() {
    Map<Role, List<String>> mapping = Map.of(Role.POLICY, List.of("policy"));
    assertThat(
            new RoleClaims("realm_access.roles", mapping)
                .roles(Map.of("realm_access", Map.of("roles", List.of("policy")))))
        .containsExactly(Role.POLICY);
    assertThat(
            new RoleClaims("https://example.org/roles", mapping)
                .roles(Map.of("https://example.org/roles", List.of("policy"))))
        .containsExactly(Role.POLICY);
  }

  @Test
  void theActorIsTheSubjectWithTheDisplayNameWithin200Characters() {
    assertThat(SignedInUser.actor(new TestingAuthenticationToken("assessor", null)))
        .isEqualTo("assessor");
    assertThat(SignedInUser.actor(named("7f1c-oid", "Ann Example")))
        .isEqualTo("7f1c-oid (Ann Example)");
    assertThat(SignedInUser.actor(named("7f1c-oid", null))).isEqualTo("7f1c-oid");
    String actor = SignedInUser.actor(named("7f1c-oid", "A".repeat(300)));
    assertThat(actor).hasSize(200).startsWith("7f1c-oid (AAA").endsWith("…)");
    assertThat(SignedInUser.actor(named("7f1c-oid", "Ann\nExample")))
        .isEqualTo("7f1c-oid (Ann Example)");
    assertThat(SignedInUser.displayName(named("7f1c-oid", "Ann Example"))).isEqualTo("Ann Example");
  }

  static TestingAuthenticationToken named(String subject, String name) {
    class Named extends TestingAuthenticationToken implements SignedInUser.Named {
      Named() {
        super(subject, null);
      }

      @Override
      public String displayName() {
        return name;
      }
    }
    return new Named();
  }
}
