package org.openras.service.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks the throttle before any password is checked, and tells it each failure and success: a user
 * or an address with too many recent failures is refused without a password check (HTTP Basic and
 * the sign-in form alike, since both use this provider).
 */
final class ThrottledCredentials implements AuthenticationProvider {
  private final AuthenticationProvider passwords;
  private final SignInThrottle throttle;

  ThrottledCredentials(AuthenticationProvider passwords, SignInThrottle throttle) {
    this.passwords = passwords;
    this.throttle = throttle;
  }

  @Override
  public Authentication authenticate(Authentication request) {
    String user = String.valueOf(request.getName());
    String address =
        request.getDetails() instanceof WebAuthenticationDetails web
            ? String.valueOf(web.getRemoteAddress())
            : "unknown";
    long wait = throttle.secondsToWait(user, address);
    if (wait > 0) {
      throw new SignInThrottledException(wait);
    }
    try {
      Authentication checked = passwords.authenticate(request);
      if (checked != null && checked.isAuthenticated()) {
        throttle.succeeded(user);
      }
      return checked;
    } catch (BadCredentialsException e) {
      throttle.failed(user, address);
      throw e;
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return passwords.supports(authentication);
  }
}
