package org.openras.service.security;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts failed sign-ins per user name and per client address in fixed windows, and says how long a
 * sign-in must wait once either has failed too often (docs/adr/0008). In memory, per instance, and
 * bounded: at most {@code maxTracked} names and addresses are remembered, the least recently seen
 * forgotten first, so a flood of made-up names cannot exhaust memory.
 */
final class SignInThrottle {
  private static final String USER = "user:";
  private static final String ADDRESS = "address:";

  /** The limits: failures allowed per user and per address within one window. */
  record Limits(int perUser, int perAddress, Duration window, int maxTracked) {}

  private static final class Window {
    long startMillis;
    int failures;

    Window(long startMillis) {
      this.startMillis = startMillis;
    }
  }

  private final Limits limits;
  private final Clock clock;
  private final Map<String, Window> windows;

  SignInThrottle(Limits limits, Clock clock) {
    this.limits = limits;
    this.clock = clock;
    this.windows =
        new LinkedHashMap<>(256, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Window> eldest) {
            return size() > limits.maxTracked();
          }
        };
  }

  /** Seconds to wait before this user may try from this address; 0 when they may try now. */
  synchronized long secondsToWait(String user, String address) {
    long now = clock.millis();
    return Math.max(
        wait(USER + user, limits.perUser(), now),
        wait(ADDRESS + address, limits.perAddress(), now));
  }

  synchronized void failed(String user, String address) {
    long now = clock.millis();
    count(USER + user, now);
    count(ADDRESS + address, now);
  }

  /**
   * A correct password clears the user's count (not the address's: one account cannot reset it).
   */
  synchronized void succeeded(String user) {
    windows.remove(USER + user);
  }

  /** How many names and addresses are remembered now (never above {@code maxTracked}). */
  synchronized int tracked() {
    return windows.size();
  }

  private long wait(String key, int limit, long now) {
    Window w = windows.get(key);
    if (w == null || limit <= 0 || w.failures < limit) {
      return 0;
    }
    long left = w.startMillis + limits.window().toMillis() - now;
    return left <= 0 ? 0 : (left + 999) / 1000;
  }

  private void count(String key, long now) {
    Window w = windows.get(key);
    if (w == null || now - w.startMillis >= limits.window().toMillis()) {
      w = new Window(now);
      windows.put(key, w);
    }
    w.failures++;
  }
}
