package org.openras.service.idempotency;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code idempotency_key} table (docs/adr/0022): one row per user and key, with the first
 * request's fingerprint and its answer. A row is {@code IN_FLIGHT} while a (not audited) request is
 * answered, then {@code DONE} with its status, kept headers and body; a calculation's row is
 * written {@code DONE} with its audit record and names it instead of keeping the body. Rows past
 * their expiry count as absent and are purged by {@link #purge}. Times come from the service's
 * {@link Clock}.
 */
@Repository
public class IdempotencyKeys {
  static final String IN_FLIGHT = "IN_FLIGHT";
  static final String DONE = "DONE";
  private static final int PATH_LENGTH = 1000;
  private static final JsonMapper HEADERS = JsonMapper.builder().build();
  private static final String INSERT =
      "INSERT INTO idempotency_key (user_ref, idem_key, fingerprint, method, path, state, status,"
          + " headers, body, audit_id, created_at, expires_at)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private final JdbcClient jdbc;
  private final Clock clock;
  private final Duration retention;

  IdempotencyKeys(
      DataSource dataSource,
      Clock clock,
      @Value("${openras.idempotency.retention:PT24H}") Duration retention) {
    this.jdbc = JdbcClient.create(dataSource);
    this.clock = clock;
    this.retention = retention;
  }

  /** A stored key: the first request's fingerprint and, once answered, the answer. */
  record Stored(
      String fingerprint,
      String method,
      String path,
      String state,
      int status,
      Map<String, String> headers,
      byte[] body,
      UUID auditId,
      Instant createdAt) {
    boolean inFlight() {
      return IN_FLIGHT.equals(state);
    }
  }

  /** A claim for a first request received now, expiring after the retention. */
  IdempotencyClaim claimFor(
      String user, String key, String fingerprint, String method, String path) {
    Instant now = clock.instant();
    return new IdempotencyClaim(
        user,
        key,
        fingerprint,
        method,
        path.length() > PATH_LENGTH ? path.substring(0, PATH_LENGTH) : path,
        now,
        now.plus(retention));
  }

  Instant now() {
    return clock.instant();
  }

  /** The user's key, unless it has expired (an expired row is deleted here). */
  Optional<Stored> find(String user, String key) {
    jdbc.sql("DELETE FROM idempotency_key WHERE user_ref = ? AND idem_key = ? AND expires_at <= ?")
        .params(user, key, at(clock.instant()))
        .update();
    return jdbc.sql(
            "SELECT fingerprint, method, path, state, status, headers, body, audit_id, created_at"
                + " FROM idempotency_key WHERE user_ref = ? AND idem_key = ?")
        .params(user, key)
        .query(IdempotencyKeys::stored)
        .optional();
  }

  /** Claims the key for a first request ({@code IN_FLIGHT}); false when the key is taken. */
  boolean claim(IdempotencyClaim c) {
    try {
      insert(jdbc, c, IN_FLIGHT, null, null, null, null);
      return true;
    } catch (DuplicateKeyException taken) {
      return false;
    }
  }

  /**
   * Takes over a claim left {@code IN_FLIGHT} since before {@code staleBefore} for the same request
   * (its instance stopped while answering it); true when this request now holds it.
   */
  boolean takeOver(IdempotencyClaim c, Instant staleBefore) {
    return jdbc.sql(
                "UPDATE idempotency_key SET created_at = ?, expires_at = ? WHERE user_ref = ? AND"
                    + " idem_key = ? AND state = ? AND fingerprint = ? AND created_at < ?")
            .params(
                at(c.createdAt()),
                at(c.expiresAt()),
                c.user(),
                c.key(),
                IN_FLIGHT,
                c.fingerprint(),
                at(staleBefore))
            .update()
        == 1;
  }

  /** Keeps the answer of the claim's request. */
  void complete(IdempotencyClaim c, int status, Map<String, String> headers, byte[] body) {
    jdbc.sql(
            "UPDATE idempotency_key SET state = ?, status = ?, headers = ?, body = ? WHERE"
                + " user_ref = ? AND idem_key = ? AND state = ? AND fingerprint = ?")
        .params(DONE, status, json(headers), body, c.user(), c.key(), IN_FLIGHT, c.fingerprint())
        .update();
  }

  /** Gives the key back: the request failed, and the client may retry with the same key. */
  void release(IdempotencyClaim c) {
    jdbc.sql(
            "DELETE FROM idempotency_key WHERE user_ref = ? AND idem_key = ? AND state = ? AND"
                + " fingerprint = ?")
        .params(c.user(), c.key(), IN_FLIGHT, c.fingerprint())
        .update();
  }

  /** Deletes every key whose retention has run out by the clock; returns how many. */
  public int purge() {
    return jdbc.sql("DELETE FROM idempotency_key WHERE expires_at <= ?")
        .param(at(clock.instant()))
        .update();
  }

  /** Keys held (tests and operations). */
  public long count() {
    return jdbc.sql("SELECT COUNT(*) FROM idempotency_key").query(Long.class).single();
  }

  /**
   * The answered row of an audited request, written with the appending transaction's {@code jdbc}.
   */
  static void insertDone(
      JdbcClient jdbc, IdempotencyClaim c, int status, Map<String, String> headers, UUID auditId) {
    insert(jdbc, c, DONE, status, headers, null, auditId);
  }

  private static void insert(
      JdbcClient jdbc,
      IdempotencyClaim c,
      String state,
      Integer status,
      Map<String, String> headers,
      byte[] body,
      UUID auditId) {
    jdbc.sql(INSERT)
        .params(
            c.user(),
            c.key(),
            c.fingerprint(),
            c.method(),
            c.path(),
            state,
            status,
            headers == null ? null : json(headers),
            body,
            auditId,
            at(c.createdAt()),
            at(c.expiresAt()))
        .update();
  }

  private static Stored stored(ResultSet rs, int row) throws SQLException {
    String headers = rs.getString("headers");
    return new Stored(
        rs.getString("fingerprint").strip(),
        rs.getString("method"),
        rs.getString("path"),
        rs.getString("state"),
        rs.getInt("status"),
        headers == null
            ? Map.of()
            : HEADERS.readValue(headers, new TypeReference<LinkedHashMap<String, String>>() {}),
        rs.getBytes("body"),
        rs.getObject("audit_id", UUID.class),
        rs.getObject("created_at", OffsetDateTime.class).toInstant());
  }

  private static String json(Map<String, String> headers) {
    return HEADERS.writeValueAsString(headers);
  }

  private static OffsetDateTime at(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
