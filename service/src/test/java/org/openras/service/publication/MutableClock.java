package org.openras.service.publication;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test moves: the service's idea of today. */
public final class MutableClock extends Clock {
  private volatile Instant now;

  public MutableClock(LocalDate today) {
    set(today);
  }

  public void set(LocalDate today) {
    now = today.atTime(9, 0).toInstant(ZoneOffset.UTC);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now;
  }
}
