package org.openras.service.calculation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.openras.service.audit.RecordSearch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * An assessor's saved drafts of the assessment form (table {@code assessment_draft}, V14,
 * docs/adr/0024). A draft is what was typed, as typed: it is owned by the assessor who saved it
 * (their stable subject) and no one else reads it; it is never a calculation, never counted as one
 * and never an audit record. Submitted, it becomes a calculation through {@link CalculationService}
 * like any other, and the draft is deleted. It holds personal data, so it expires {@code
 * openras.drafts.retention} (ISO-8601, 14 days unless set) after it was last saved, and expired
 * drafts are neither shown nor resumed, and are deleted every {@code openras.drafts.purge-every}
 * (one hour unless set).
 */
@Repository
@DependsOnDatabaseInitialization
public class DraftStore {
  private static final Logger log = LoggerFactory.getLogger(DraftStore.class);
  private static final int PERSON_REF_COLUMN = 64;

  /** Lenient reading: a draft saved before the form gained or lost a field still opens. */
  private static final JsonMapper JSON =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private final JdbcClient jdbc;
  private final Clock clock;
  private final Duration retention;

  DraftStore(
      DataSource dataSource,
      Clock clock,
      @Value("${openras.drafts.retention:P14D}") Duration retention) {
    this.jdbc = JdbcClient.create(dataSource);
    this.clock = clock;
    this.retention = retention;
  }

  /** A draft as listed: its id, the person reference typed, when saved and when it expires. */
  public record Draft(UUID id, String personRef, Instant updatedAt, Instant expiresAt) {}

  /** How long a draft is kept after it was last saved. */
  public Duration retention() {
    return retention;
  }

  /**
   * Saves the form as a new draft of {@code owner}'s, or over their draft {@code id}; answers its
   * id. A draft id that is not theirs, or has expired, is saved as a new draft.
   */
  public UUID save(UUID id, String owner, AssessmentForm form) {
    Instant now = now();
    String json = JSON.writeValueAsString(form);
    String ref = personRef(form);
    if (id != null) {
      int updated =
          jdbc.sql(
                  "UPDATE assessment_draft SET person_ref = ?, form_json = ?, updated_at = ?,"
                      + " expires_at = ? WHERE id = ? AND owner = ? AND expires_at > ?")
              .params(ref, json, at(now), at(now.plus(retention)), id, owner, at(now))
              .update();
      if (updated == 1) {
        log.info("Draft {} saved again", id);
        return id;
      }
    }
    UUID made = UUID.randomUUID();
    jdbc.sql(
            "INSERT INTO assessment_draft (id, owner, person_ref, form_json, created_at,"
                + " updated_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .params(made, owner, ref, json, at(now), at(now), at(now.plus(retention)))
        .update();
    log.info("Draft {} saved, kept until {}", made, now.plus(retention));
    return made;
  }

  /** The form of {@code owner}'s draft {@code id}, unless it is someone else's or has expired. */
  public Optional<AssessmentForm> form(UUID id, String owner) {
    return jdbc.sql(
            "SELECT form_json FROM assessment_draft WHERE id = ? AND owner = ? AND expires_at > ?")
        .params(id, owner, at(now()))
        .query(String.class)
        .optional()
        .map(text -> JSON.readValue(text, AssessmentForm.class));
  }

  /**
   * {@code owner}'s drafts not yet expired, last saved first; those for one person when {@code
   * personRef} is given, and saved on or between the days given (UK days) when they are.
   */
  public List<Draft> list(String owner, String personRef, LocalDate from, LocalDate to) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT id, person_ref, updated_at, expires_at FROM assessment_draft"
                + " WHERE owner = ? AND expires_at > ?");
    List<Object> params = new ArrayList<>(List.of(owner, at(now())));
    if (personRef != null && !personRef.isBlank()) {
      sql.append(" AND person_ref = ?");
      params.add(personRef.strip());
    }
    if (from != null) {
      sql.append(" AND updated_at >= ?");
      params.add(from.atStartOfDay(RecordSearch.UK).toOffsetDateTime());
    }
    if (to != null) {
      sql.append(" AND updated_at < ?");
      params.add(to.plusDays(1).atStartOfDay(RecordSearch.UK).toOffsetDateTime());
    }
    sql.append(" ORDER BY updated_at DESC");
    return jdbc.sql(sql.toString())
        .params(params)
        .query(
            (rs, n) ->
                new Draft(
                    rs.getObject("id", UUID.class),
                    rs.getString("person_ref"),
                    rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
                    rs.getObject("expires_at", OffsetDateTime.class).toInstant()))
        .list();
  }

  /** Deletes {@code owner}'s draft {@code id}; false when there was none of theirs. */
  public boolean delete(UUID id, String owner) {
    boolean deleted =
        jdbc.sql("DELETE FROM assessment_draft WHERE id = ? AND owner = ?")
                .params(id, owner)
                .update()
            == 1;
    if (deleted) {
      log.info("Draft {} deleted", id);
    }
    return deleted;
  }

  /** Deletes every draft whose retention has run out by {@code now}; answers how many. */
  public int purgeExpired(Instant now) {
    int purged =
        jdbc.sql("DELETE FROM assessment_draft WHERE expires_at <= ?").params(at(now)).update();
    if (purged > 0) {
      log.info(
          "Purged {} expired assessment draft(s): their retention ({}) ran out", purged, retention);
    }
    return purged;
  }

  @Scheduled(fixedDelayString = "${openras.drafts.purge-every:PT1H}")
  void purge() {
    purgeExpired(now());
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private static OffsetDateTime at(Instant t) {
    return OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
  }

  private static String personRef(AssessmentForm form) {
    String ref = form.getPersonRef();
    if (ref == null || ref.isBlank()) {
      return null;
    }
    ref = ref.strip();
    return ref.length() > PERSON_REF_COLUMN ? ref.substring(0, PERSON_REF_COLUMN) : ref;
  }
}
