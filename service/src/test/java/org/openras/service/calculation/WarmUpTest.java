package org.openras.service.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openras.service.OpenRasApplication;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The JIT warm-up runs the served versions' policy cases through the calculation path before the
 * service reports ready, and records nothing: the audit trail is empty afterwards.
 */
@ExtendWith(OutputCaptureExtension.class)
class WarmUpTest {
  private static final Pattern DONE =
      Pattern.compile(
          "Warmed up the calculation path in \\d+ ms: (\\d+) calculations of (\\d+) policy cases,"
              + " none recorded");

  @Test
  void theServiceWarmsUpBeforeItIsReadyAndRecordsNothing(@TempDir Path data, CapturedOutput out) {
    AtomicReference<String> whenReady = new AtomicReference<>();
    ApplicationListener<ApplicationEvent> ready =
        e -> {
          if (e instanceof AvailabilityChangeEvent<?> a
              && a.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
            whenReady.set(out.getOut());
          }
        };
    try (ConfigurableApplicationContext service =
        new SpringApplicationBuilder(OpenRasApplication.class)
            .listeners(ready)
            .run(
                // Every case once (within the minute even on a busy machine), then stop.
                "--openras.warm-up=PT60S",
                "--openras.warm-up.calculations=1",
                "--server.port=0",
                "--openras.data.dir=" + data)) {
      assertThat(whenReady.get()).as("the service became ready").isNotNull();
      Matcher done = DONE.matcher(whenReady.get());
      assertThat(done.find()).as("warmed up before it was ready").isTrue();
      long cases = Long.parseLong(done.group(2));
      assertThat(cases).isGreaterThan(20);
      assertThat(Long.parseLong(done.group(1))).isGreaterThanOrEqualTo(cases);
      Integer records =
          service
              .getBean(JdbcTemplate.class)
              .queryForObject("SELECT COUNT(*) FROM audit_record", Integer.class);
      assertThat(records).isZero();
    }
  }
}
