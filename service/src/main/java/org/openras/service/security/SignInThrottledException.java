package org.openras.service.security;

import org.springframework.security.authentication.LockedException;

/** A sign-in not checked because too many have failed lately for its user or its address. */
public final class SignInThrottledException extends LockedException {
  private final long retryAfterSeconds;

  SignInThrottledException(long retryAfterSeconds) {
    super("Too many failed sign-ins; try again in " + retryAfterSeconds + " seconds");
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
