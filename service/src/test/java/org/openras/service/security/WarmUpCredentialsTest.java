package org.openras.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The warm-up's sign-in holds only between open and close, only with its own name and the password
 * made at open, and only such a sign-in counts as the warm-up's (docs/adr/0035).
 */
class WarmUpCredentialsTest {
  private final WarmUpCredentials credentials = new WarmUpCredentials();

  /** The name and password an {@code Authorization: Basic} value carries, as Spring reads them. */
  private static UsernamePasswordAuthenticationToken basic(String header) {
    String pair =
        new String(
            Base64.getDecoder().decode(header.substring("Basic ".length())),
            StandardCharsets.UTF_8);
    int colon = pair.indexOf(':');
    return UsernamePasswordAuthenticationToken.unauthenticated(
        pair.substring(0, colon), pair.substring(colon + 1));
  }

  @Test
  void itsOwnPasswordSignsInAsTheWarmUpWithTheAssessorRoleWhileOpen() {
    Authentication a = credentials.authenticate(basic(credentials.open()));
    assertThat(a).isNotNull();
    assertThat(a.getName()).isEqualTo(WarmUpCredentials.NAME);
    assertThat(a.getAuthorities())
        .extracting(Object::toString)
        .containsExactlyInAnyOrder("ROLE_ASSESSOR", "OPENRAS_WARM_UP");
    assertThat(WarmUpCredentials.isWarmUp(a)).isTrue();
  }

  @Test
  void afterCloseTheSamePasswordIsDeclined() {
    UsernamePasswordAuthenticationToken request = basic(credentials.open());
    assertThat(credentials.isOpen()).isTrue();
    credentials.close();
    assertThat(credentials.isOpen()).isFalse();
    assertThat(credentials.authenticate(request)).isNull();
  }

  @Test
  void aWrongPasswordOrAnotherNameIsDeclinedSoTheConfiguredUsersDecide() {
    UsernamePasswordAuthenticationToken right = basic(credentials.open());
    assertThat(
            credentials.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(
                    WarmUpCredentials.NAME, right.getCredentials() + "x")))
        .isNull();
    assertThat(
            credentials.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(
                    "assessor", right.getCredentials())))
        .isNull();
  }

  @Test
  void eachOpeningMakesANewPassword() {
    UsernamePasswordAuthenticationToken first = basic(credentials.open());
    UsernamePasswordAuthenticationToken second = basic(credentials.open());
    assertThat(second.getCredentials()).isNotEqualTo(first.getCredentials());
    assertThat(credentials.authenticate(first)).isNull();
    assertThat(credentials.authenticate(second)).isNotNull();
  }

  @Test
  void onlyTheWarmUpsOwnSignInCountsAsTheWarmUp() {
    var sameNameNoAuthority =
        UsernamePasswordAuthenticationToken.authenticated(
            WarmUpCredentials.NAME, null, List.of(new SimpleGrantedAuthority("ROLE_ASSESSOR")));
    var authorityOtherName =
        UsernamePasswordAuthenticationToken.authenticated(
            "assessor", null, List.of(new SimpleGrantedAuthority("OPENRAS_WARM_UP")));
    var notSignedIn =
        UsernamePasswordAuthenticationToken.unauthenticated(WarmUpCredentials.NAME, "x");
    assertThat(WarmUpCredentials.isWarmUp(sameNameNoAuthority)).isFalse();
    assertThat(WarmUpCredentials.isWarmUp(authorityOtherName)).isFalse();
    assertThat(WarmUpCredentials.isWarmUp(notSignedIn)).isFalse();
    assertThat(WarmUpCredentials.isWarmUp(null)).isFalse();
  }
}
