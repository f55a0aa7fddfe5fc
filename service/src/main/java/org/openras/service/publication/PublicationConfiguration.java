package org.openras.service.publication;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The clock that decides which published versions are in force today (tests replace it), and the
 * poll that picks up what other instances published and scheduled versions whose day has come.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PublicationConfiguration {

  /** The service's clock: the system clock in the default time zone. */
  @Bean
  Clock clock() {
    return Clock.systemDefaultZone();
  }

  /** Reloads every {@code openras.publication.poll} (ISO-8601 duration, default PT10S). */
  @Component
  @ConditionalOnWebApplication // only a serving instance reloads; verify-audit builds no engine
  static class Poll {
    private final LiveReload live;

    Poll(LiveReload live) {
      this.live = live;
    }

    @Scheduled(
        fixedDelayString = "${openras.publication.poll:PT10S}",
        initialDelayString = "${openras.publication.poll:PT10S}")
    void reload() {
      live.reload();
    }
  }
}
