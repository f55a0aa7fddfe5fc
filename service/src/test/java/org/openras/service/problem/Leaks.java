package org.openras.service.problem;

import static org.assertj.core.api.Assertions.assertThat;

/** What an error response must never show: how the service is built. */
final class Leaks {
  private Leaks() {}

  static void assertNone(String body) {
    assertThat(body)
        .doesNotContain("Exception")
        .doesNotContain("java.")
        .doesNotContain("org.openras")
        .doesNotContain("tools.jackson")
        .doesNotContain("springframework")
        .doesNotContain("\tat ")
        .doesNotContain("\"trace\"");
  }
}
