package org.openras.service.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.openras.service.audit.AuditLog;
import org.openras.service.web.DateInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Saved drafts of the assessment form (docs/adr/0024): kept as typed, only their owner reads them,
 * saving again keeps the same draft and moves its expiry on, an expired draft is neither listed nor
 * resumed and is purged, and none of it is a calculation (the audit trail does not grow). Drafts
 * here use fixed clocks on the service's database; the service's own store uses today's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DraftStoreTest {
  static final Instant SAVED = Instant.parse("2026-06-02T09:00:00Z");
  static final Duration RETENTION = Duration.ofDays(14);

  @Autowired DataSource dataSource;
  @Autowired AuditLog audit;
  @Autowired DraftStore todays;

  private DraftStore at(Instant now) {
    return new DraftStore(dataSource, Clock.fixed(now, ZoneOffset.UTC), RETENTION);
  }

  private static AssessmentForm form(String personRef) {
    AssessmentForm form = new AssessmentForm();
    form.setPersonRef(personRef);
    form.setAssessmentDate(new DateInput("2", "6", "2025"));
    form.setCapital("5000");
    form.getNeeds().put("PERSONAL_CARE", "2");
    return form;
  }

  @Test
  void aDraftIsKeptAsTypedForItsOwnerOnlyAndIsNoCalculation() {
    String owner = "owner-" + UUID.randomUUID();
    long records = audit.count();
    UUID id = at(SAVED).save(null, owner, form("P-DRAFT-1"));

    AssessmentForm back = at(SAVED.plusSeconds(60)).form(id, owner).orElseThrow();
    assertThat(back.getPersonRef()).isEqualTo("P-DRAFT-1");
    assertThat(back.getAssessmentDate().getYear()).isEqualTo("2025");
    assertThat(back.getCapital()).isEqualTo("5000");
    assertThat(back.getNeeds()).containsEntry("PERSONAL_CARE", "2");
    assertThat(at(SAVED).form(id, "someone-else")).isEmpty();
    assertThat(at(SAVED).list("someone-else", null, null, null)).isEmpty();
    assertThat(audit.count()).as("a draft is never an audit record").isEqualTo(records);

    // Saved again: the same draft, its expiry moved on from the new save.
    Instant later = SAVED.plus(Duration.ofDays(10));
    assertThat(at(later).save(id, owner, form("P-DRAFT-2"))).isEqualTo(id);
    var listed = at(later).list(owner, null, null, null);
    assertThat(listed)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.personRef()).isEqualTo("P-DRAFT-2");
              assertThat(d.expiresAt()).isEqualTo(later.plus(RETENTION));
            });
    // Someone else saving over it makes their own draft instead.
    UUID theirs = at(later).save(id, "someone-else", form("P-X"));
    assertThat(theirs).isNotEqualTo(id);
    assertThat(at(later).form(id, owner).orElseThrow().getPersonRef()).isEqualTo("P-DRAFT-2");
    assertThat(at(later).delete(theirs, "someone-else")).isTrue();
  }

  @Test
  void draftsAreFoundByPersonAndDayAndExpire() {
    String owner = "owner-" + UUID.randomUUID();
    DraftStore then = at(SAVED);
    UUID a = then.save(null, owner, form("P-A"));
    then.save(null, owner, form("P-B"));
    assertThat(then.list(owner, "P-A", null, null))
        .extracting(DraftStore.Draft::id)
        .containsExactly(a);
    LocalDate day = LocalDate.of(2026, 6, 2);
    assertThat(then.list(owner, null, day, day)).hasSize(2);
    assertThat(then.list(owner, null, day.plusDays(1), null)).isEmpty();
    assertThat(then.list(owner, null, null, day.minusDays(1))).isEmpty();

    // One second before its expiry it is there; at its expiry it is neither listed nor resumed.
    Instant expiry = SAVED.plus(RETENTION);
    assertThat(at(expiry.minusSeconds(1)).form(a, owner)).isPresent();
    assertThat(at(expiry).form(a, owner)).isEmpty();
    assertThat(at(expiry).list(owner, null, null, null)).isEmpty();
    // ...and the purge deletes it (it holds personal data).
    assertThat(at(expiry).purgeExpired(expiry)).isGreaterThanOrEqualTo(2);
    assertThat(at(SAVED).form(a, owner)).as("gone, whatever the clock").isEmpty();
  }

  @Test
  void theServicesStoreUsesTodayAndItsConfiguredRetention() {
    assertThat(todays.retention()).isEqualTo(Duration.ofDays(14));
    String owner = "owner-" + UUID.randomUUID();
    UUID id = todays.save(null, owner, form("P-TODAY"));
    var listed =
        todays.list(
            owner,
            null,
            LocalDate.now(org.openras.service.audit.RecordSearch.UK),
            LocalDate.now(org.openras.service.audit.RecordSearch.UK));
    assertThat(listed).extracting(DraftStore.Draft::id).containsExactly(id);
    assertThat(Duration.between(Instant.now(), listed.get(0).expiresAt()))
        .isBetween(Duration.ofDays(14).minusMinutes(5), Duration.ofDays(14));
    assertThat(todays.delete(id, owner)).isTrue();
    assertThat(todays.form(id, owner)).isEmpty();
  }
}
