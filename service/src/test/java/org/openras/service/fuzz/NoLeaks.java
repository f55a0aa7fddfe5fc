package org.openras.service.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * What a refusal must never show: how the service is built (as problem.Leaks, for this package).
 */
final class NoLeaks {
  static final String ASSESSOR =
      "Basic "
          + Base64.getEncoder()
              .encodeToString("assessor:assessor-demo".getBytes(StandardCharsets.UTF_8));

  private NoLeaks() {}

  static void in(String body, String said) {
    assertThat(body)
        .as(said)
        .doesNotContain("Exception")
        .doesNotContain("java.")
        .doesNotContain("org.openras")
        .doesNotContain("tools.jackson")
        .doesNotContain("springframework")
        .doesNotContain("apache")
        .doesNotContain("\tat ")
        .doesNotContain("\"trace\"");
  }
}
