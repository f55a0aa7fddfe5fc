package org.openras.service.idempotency;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The purge of keys whose retention ({@code openras.idempotency.retention}, 24 hours) has run out
 * by the service's clock: a recurring db-scheduler task ({@value #TASK}, every {@code
 * openras.idempotency.purge-every}), run by one instance at a time on the instance's scheduler (the
 * finance jobs' one, docs/adr/0019), on H2 and PostgreSQL alike.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class IdempotencyPurge {
  static final String TASK = "idempotency-purge";
  private static final Logger log = LoggerFactory.getLogger(IdempotencyPurge.class);

  @Bean
  RecurringTask<Void> idempotencyPurgeTask(
      IdempotencyKeys keys, @Value("${openras.idempotency.purge-every:PT15M}") Duration every) {
    return Tasks.recurring(TASK, FixedDelay.of(every))
        .execute(
            (instance, context) -> {
              int purged = keys.purge();
              if (purged > 0) {
                log.info("Purged {} expired Idempotency-Key(s)", purged);
              }
            });
  }
}
