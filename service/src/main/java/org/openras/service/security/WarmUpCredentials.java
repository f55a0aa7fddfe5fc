package org.openras.service.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The start-up warm-up's own sign-in, valid only while it runs (docs/adr/0035): before the service
 * says it is ready, its warm-up sends calculation requests to itself over HTTP, through the same
 * connector, firewall, security filters, HTTP Basic parsing and message converters as any request,
 * so that the JIT compiles that path before the first user's request rather than during the first
 * minute of traffic. Its requests carry {@value #NAME} and a password of 32 random bytes made for
 * that one warm-up; the password lives only in this JVM's memory, is never written or logged, and
 * is forgotten when the warm-up ends, before the readiness probe answers 200. After that, and for
 * any other name, this provider declines and the request goes on to the configured users (where
 * that name is unknown: 401, counted as a failed sign-in like any other).
 *
 * <p>A warm-up sign-in has the ASSESSOR role and the {@value #AUTHORITY} authority, which {@link
 * #isWarmUp} recognises: the calculation service records nothing for it, since its answers go to
 * the service itself and never to a person.
 */
public final class WarmUpCredentials implements AuthenticationProvider {
  /** The warm-up's user name: a space in it, which no configured user name may hold. */
  public static final String NAME = "openras warm-up";

  static final String AUTHORITY = "OPENRAS_WARM_UP";

  private final SecureRandom random = new SecureRandom();
  private final AtomicReference<byte[]> password = new AtomicReference<>();

  /**
   * Makes a new password and returns the {@code Authorization} header value that carries it; until
   * {@link #close()}, a request with that header is signed in as the warm-up.
   */
  public String open() {
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    String text = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    password.set(text.getBytes(StandardCharsets.UTF_8));
    String pair = NAME + ":" + text;
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  /** Forgets the password: from now on no request is signed in as the warm-up. */
  public void close() {
    password.set(null);
  }

  /** Whether the warm-up's password is current (between {@link #open()} and {@link #close()}). */
  public boolean isOpen() {
    return password.get() != null;
  }

  /** Whether this sign-in is the warm-up's (whose calculations are not recorded). */
  public static boolean isWarmUp(Authentication a) {
    if (a == null || !a.isAuthenticated() || !(a instanceof UsernamePasswordAuthenticationToken)) {
      return false;
    }
    return NAME.equals(a.getName())
        && a.getAuthorities().stream().anyMatch(g -> AUTHORITY.equals(g.getAuthority()));
  }

  @Override
  public Authentication authenticate(Authentication request) {
    byte[] current = password.get();
    if (current == null
        || !NAME.equals(request.getName())
        || !(request.getCredentials() instanceof String given)) {
      return null; // not ours: the configured users decide
    }
    // Compared in constant time; a wrong password falls through to the configured users, where
    // the name is unknown and the refusal is counted and throttled as any other.
    if (!MessageDigest.isEqual(current, given.getBytes(StandardCharsets.UTF_8))) {
      return null;
    }
    return UsernamePasswordAuthenticationToken.authenticated(
        NAME,
        null,
        List.of(
            new SimpleGrantedAuthority("ROLE_" + Role.ASSESSOR.name()),
            new SimpleGrantedAuthority(AUTHORITY)));
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
