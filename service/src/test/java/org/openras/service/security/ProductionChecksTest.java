package org.openras.service.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openras.service.OpenRasApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The prod profile refuses to start before it touches anything (issue 18, defect 9): no data folder
 * made, no database opened, no rule set compiled, within a second or two, naming every problem: the
 * identity provider (issue 19), users' bcrypt cost, H2, TLS.
 */
class ProductionChecksTest {
  static final String COST_12 = "$2a$12$" + "a".repeat(53);
  static final String COST_4 = "$2a$04$V5tf75ngr8nABuHOqQuzqOzYzmuW7YFfNqQ7Gm4Xu00xR0TW/HHoa";

  @TempDir Path temp;

  private Throwable refusal(String... extra) {
    Path data = temp.resolve("data");
    List<String> args = new ArrayList<>();
    args.add("--spring.profiles.active=prod");
    args.add("--server.port=0");
    args.add("--openras.data.dir=" + data);
    args.add("--spring.datasource.url=jdbc:h2:file:" + data + "/openras;AUTO_SERVER=TRUE");
    args.addAll(List.of(extra));
    long start = System.nanoTime();
    Throwable[] thrown = new Throwable[1];
    assertThatThrownBy(
            () ->
                new SpringApplicationBuilder(OpenRasApplication.class)
                    .run(args.toArray(String[]::new))
                    .close())
        .satisfies(t -> thrown[0] = t);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    assertThat(data).as("the data folder, never made").doesNotExist();
    assertThat(thrown[0]).isInstanceOf(ProductionChecks.StartRefusedException.class);
    return thrown[0];
  }

  @Test
  void withoutAnIdentityProviderOnH2WithoutTlsEveryProblemIsNamedAndNothingIsMade() {
    assertThat(refusal().getMessage())
        .startsWith("OpenRAS refuses to start:")
        .contains("no identity provider is configured: set openras.oidc.issuer-uri")
        .contains("needs PostgreSQL")
        .contains("needs TLS");
  }

  @Test
  void aCheapBcryptHashIsRefused() {
    assertThat(
            refusal(
                    "--openras.security.users[0].name=jo",
                    "--openras.security.users[0].password=" + COST_4,
                    "--openras.security.users[0].roles=ASSESSOR",
                    "--server.forward-headers-strategy=native")
                .getMessage())
        .contains("openras.security.users[0].password is a bcrypt hash of cost 4")
        .doesNotContain("TLS");
  }

  @Test
  void anIdentityProviderOverHttpWithoutAnAudienceOrRolesIsRefused() {
    String message =
        refusal(
                "--server.ssl.bundle=web",
                "--openras.oidc.issuer-uri=http://idp.example/tenant/v2.0")
            .getMessage();
    assertThat(message)
        .contains("openras.oidc.issuer-uri must be an https:// address")
        .contains("openras.oidc has no audience for bearer tokens")
        .contains("openras.oidc.roles maps no roles value to a role")
        .doesNotContain("no identity provider")
        .doesNotContain("cost");
  }

  @Test
  void theChecksPassWithEverythingInPlace() {
    var env = new org.springframework.mock.env.MockEnvironment();
    env.setProperty("openras.oidc.issuer-uri", "https://login.microsoftonline.com/t/v2.0");
    env.setProperty("openras.oidc.client-id", "3f1c0000-0000-0000-0000-000000000001");
    env.setProperty("openras.oidc.roles.assessor", "OpenRAS.Assessor");
    env.setProperty("spring.datasource.url", "jdbc:postgresql://db/openras");
    env.setProperty("server.forward-headers-strategy", "native");
    assertThat(ProductionChecks.problems(env)).as("no configured users needed").isEmpty();
    env.setProperty("openras.security.users[0].name", "jo");
    env.setProperty("openras.security.users[0].password", COST_12);
    env.setProperty("openras.security.users[0].roles", "ASSESSOR");
    env.setProperty("spring.datasource.url", "jdbc:postgresql://db/openras");
    env.setProperty("server.forward-headers-strategy", "native");
    assertThat(ProductionChecks.problems(env)).isEmpty();
    assertThat(Files.exists(temp.resolve("data"))).isFalse();
  }
}
