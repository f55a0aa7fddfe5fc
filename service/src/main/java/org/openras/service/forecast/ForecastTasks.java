package org.openras.service.forecast;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The forecast job and its purge as db-scheduler tasks, run by the finance jobs' scheduler
 * (scenario.ScenarioJobs, docs/adr/0019): one instance at a time claims an execution; a job whose
 * instance died is revived on another.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ForecastTasks {

  @Bean
  OneTimeTask<Void> forecastJobTask(ForecastJobs jobs) {
    return Tasks.oneTime(ForecastJobs.TASK)
        // execute() records the forecast's own failures; what reaches db-scheduler is this
        // instance stopping mid-job, so another takes it up straight away.
        .onFailure((complete, ops) -> ops.reschedule(complete, Instant.now()))
        .onDeadExecutionRevive()
        .execute((instance, context) -> jobs.execute(instance.getId()));
  }

  @Bean
  RecurringTask<Void> forecastPurgeTask(
      ForecastJobs jobs, @Value("${openras.jobs.purge-every:PT1H}") Duration every) {
    return Tasks.recurring(ForecastJobs.PURGE, FixedDelay.of(every))
        .execute((instance, context) -> jobs.purge(Instant.now()));
  }
}
