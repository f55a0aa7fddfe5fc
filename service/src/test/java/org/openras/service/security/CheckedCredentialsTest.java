package org.openras.service.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

class CheckedCredentialsTest {
  private final AtomicInteger bcryptChecks = new AtomicInteger();

  /** Stands in for bcrypt: accepts "right", refuses anything else, and counts its checks. */
  private final AuthenticationProvider bcrypt =
      new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication a) {
          bcryptChecks.incrementAndGet();
          if (!"right".equals(a.getCredentials())) {
            throw new BadCredentialsException("Bad credentials");
          }
          return UsernamePasswordAuthenticationToken.authenticated(
              a.getName(), null, AuthorityUtils.createAuthorityList("ROLE_ASSESSOR"));
        }

        @Override
        public boolean supports(Class<?> c) {
          return true;
        }
      };

  private static Authentication login(String password) {
    return UsernamePasswordAuthenticationToken.unauthenticated("assessor", password);
  }

  @Test
  void anAcceptedPasswordIsCheckedByBcryptOnceWhileRemembered() {
    var cache =
        new CheckedCredentials(
            bcrypt, Duration.ofMinutes(5), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
    for (int i = 0; i < 10; i++) {
      assertThat(cache.authenticate(login("right")).isAuthenticated()).isTrue();
    }
    assertThat(bcryptChecks).hasValue(1);
  }

  @Test
  void aWrongPasswordIsNeverRememberedAndAlwaysRefused() {
    var cache =
        new CheckedCredentials(
            bcrypt, Duration.ofMinutes(5), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
    cache.authenticate(login("right"));
    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(() -> cache.authenticate(login("wrong")))
          .isInstanceOf(BadCredentialsException.class);
    }
    assertThat(bcryptChecks).hasValue(4);
  }

  @Test
  void aRememberedPasswordIsCheckedAgainAfterTheTimeIsUp() {
    Instant[] now = {Instant.EPOCH};
    Clock clock =
        new Clock() {
          @Override
          public ZoneOffset getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return now[0];
          }
        };
    var cache = new CheckedCredentials(bcrypt, Duration.ofMinutes(5), clock);
    cache.authenticate(login("right"));
    now[0] = now[0].plus(Duration.ofMinutes(4));
    cache.authenticate(login("right"));
    assertThat(bcryptChecks).hasValue(1);
    now[0] = now[0].plus(Duration.ofMinutes(2));
    cache.authenticate(login("right"));
    assertThat(bcryptChecks).hasValue(2);
  }

  @Test
  void aZeroTimeTurnsTheMemoryOff() {
    var cache = new CheckedCredentials(bcrypt, Duration.ZERO, Clock.systemUTC());
    cache.authenticate(login("right"));
    cache.authenticate(login("right"));
    assertThat(bcryptChecks).hasValue(2);
  }
}
