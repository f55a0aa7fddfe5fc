package org.openras.service.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Remembers, for a short time, a user name and password that bcrypt has already accepted, so HTTP
 * Basic (which sends them with every request) does not pay a bcrypt check on every request: that
 * check was 57% of the service's CPU under load (benchmarks/results/*-load-profile.txt). Only a
 * SHA-256 of name and password is kept, never the password; a wrong password is never remembered
 * and always goes to bcrypt. Users come from configuration, so a changed password takes effect at
 * restart; {@code openras.security.credential-cache} (default 5 minutes, 0 to disable) bounds how
 * long an accepted pair is remembered.
 */
final class CheckedCredentials implements AuthenticationProvider {
  private static final int MAX_ENTRIES = 10_000;

  private record Entry(Authentication authentication, long expiresAtMillis) {}

  private final AuthenticationProvider bcrypt;
  private final Duration remember;
  private final Clock clock;
  private final Map<String, Entry> accepted = new ConcurrentHashMap<>();
  private final Map<String, Object> checking = new ConcurrentHashMap<>();

  CheckedCredentials(AuthenticationProvider bcrypt, Duration remember, Clock clock) {
    this.bcrypt = bcrypt;
    this.remember = remember;
    this.clock = clock;
  }

  @Override
  public Authentication authenticate(Authentication request) {
    if (remember.isZero() || !(request.getCredentials() instanceof String password)) {
      return bcrypt.authenticate(request);
    }
    String key = key(request.getName(), password);
    long now = clock.millis();
    Entry known = accepted.get(key);
    if (known != null && known.expiresAtMillis() > now) {
      return known.authentication();
    }
    // One bcrypt check at a time per name and password: when many requests bring the same
    // credentials at once (a client's first burst, or every 5 minutes when the entry ends), the
    // first checks and the others take its answer from the cache instead of each paying bcrypt
    // (the load test's first second after start showed one check per request thread). Other
    // credentials are not held up; a wrong password is still never remembered, so each waiter
    // then checks it itself.
    Object lock = checking.computeIfAbsent(key, k -> new Object());
    try {
      synchronized (lock) {
        Entry meanwhile = accepted.get(key);
        if (meanwhile != null && meanwhile.expiresAtMillis() > clock.millis()) {
          return meanwhile.authentication();
        }
        Authentication checked = bcrypt.authenticate(request);
        if (checked != null && checked.isAuthenticated()) {
          if (accepted.size() >= MAX_ENTRIES) {
            accepted.clear();
          }
          accepted.put(key, new Entry(checked, clock.millis() + remember.toMillis()));
        }
        return checked;
      }
    } finally {
      checking.remove(key, lock);
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }

  private static String key(String name, String password) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(name.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(password.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
    }
  }
}
