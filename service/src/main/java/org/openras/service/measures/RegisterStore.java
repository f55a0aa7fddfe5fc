package org.openras.service.measures;

import java.io.StringReader;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openras.engine.measures.RegisterLines;
import org.openras.engine.measures.ServiceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Registers kept in the database (table {@code measure_register}, docs/adr/0030): the lines a
 * council's export was read into, who kept them, and when they expire ({@code
 * openras.registers.retention}, 30 days unless set). They hold personal data, so expired ones are
 * deleted whenever registers are listed or kept, and an officer may delete one at once; both are
 * logged with the register's id and who asked, never its content.
 */
@Component
class RegisterStore {
  private static final Logger log = LoggerFactory.getLogger(RegisterStore.class);
  private static final Pattern ID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private final JdbcTemplate jdbc;
  private final Duration retention;
  private final Clock clock;

  RegisterStore(
      JdbcTemplate jdbc,
      @Value("${openras.registers.retention:P30D}") Duration retention,
      org.springframework.beans.factory.ObjectProvider<Clock> clock) {
    this.jdbc = jdbc;
    this.retention = retention;
    this.clock = clock.getIfAvailable(Clock::systemUTC);
  }

  /**
   * What is kept about a register.
   *
   * @param id its id
   * @param name the name the officer gave it
   * @param lines lines kept
   * @param rejected rows of the export left out for problems
   * @param keptBy who kept it
   * @param keptAt when
   * @param expiresAt when it is deleted
   */
  record Register(
      String id,
      String name,
      long lines,
      long rejected,
      String keptBy,
      Instant keptAt,
      Instant expiresAt)
      implements java.io.Serializable {}

  Duration retention() {
    return retention;
  }

  Register keep(String name, List<ServiceRecord> lines, long rejected, String user) {
    purge();
    String id = UUID.randomUUID().toString();
    Instant now = clock.instant();
    String content = lines.stream().map(RegisterLines::write).collect(Collectors.joining("\n"));
    jdbc.update(
        "INSERT INTO measure_register (id, name, content, lines, rejected, kept_by, kept_at,"
            + " expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        id,
        name,
        content,
        lines.size(),
        rejected,
        user,
        Timestamp.from(now),
        Timestamp.from(now.plus(retention)));
    log.info(
        "Register {} kept by {} ({} lines) until {}", id, user, lines.size(), now.plus(retention));
    return describe(id);
  }

  List<Register> list() {
    purge();
    return jdbc.query(
        "SELECT id, name, lines, rejected, kept_by, kept_at, expires_at FROM measure_register"
            + " ORDER BY kept_at DESC, id",
        (rs, n) -> register(rs));
  }

  Register describe(String id) {
    check(id);
    List<Register> found =
        jdbc.query(
            "SELECT id, name, lines, rejected, kept_by, kept_at, expires_at FROM measure_register"
                + " WHERE id = ? AND expires_at > ?",
            (rs, n) -> register(rs),
            id,
            Timestamp.from(clock.instant()));
    if (found.isEmpty()) {
      throw new RegisterNotFoundException(id);
    }
    return found.get(0);
  }

  List<ServiceRecord> lines(String id) {
    describe(id);
    String content =
        jdbc.queryForObject("SELECT content FROM measure_register WHERE id = ?", String.class, id);
    return RegisterLines.read(new StringReader(content == null ? "" : content));
  }

  void delete(String id, String user) {
    check(id);
    if (jdbc.update("DELETE FROM measure_register WHERE id = ?", id) == 0) {
      throw new RegisterNotFoundException(id);
    }
    log.info("Register {} deleted at the request of {}", id, user);
  }

  /** Deletes the registers past their retention. */
  int purge() {
    int gone =
        jdbc.update(
            "DELETE FROM measure_register WHERE expires_at <= ?", Timestamp.from(clock.instant()));
    if (gone > 0) {
      log.info("{} register(s) past their retention deleted", gone);
    }
    return gone;
  }

  private static void check(String id) {
    if (id == null || !ID.matcher(id).matches()) {
      throw new RegisterNotFoundException(String.valueOf(id));
    }
  }

  private static Register register(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Register(
        rs.getString("id"),
        rs.getString("name"),
        rs.getLong("lines"),
        rs.getLong("rejected"),
        rs.getString("kept_by"),
        rs.getTimestamp("kept_at").toInstant(),
        rs.getTimestamp("expires_at").toInstant());
  }
}
