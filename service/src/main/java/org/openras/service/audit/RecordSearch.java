package org.openras.service.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.openras.engine.request.FieldError;
import org.openras.engine.request.InvalidRequestException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds audit records by person reference, by the day they were recorded (UK days) and by the user
 * who made them, newest first, a page at a time (issue 21, docs/adr/0024). Only the columns a list
 * shows are read, never the request or result texts; the indexes of V14 serve each filter.
 */
@Component
public class RecordSearch {
  /** The days of the search are UK days: a record made at 00:30 BST belongs to that day. */
  public static final ZoneId UK = ZoneId.of("Europe/London");

  /** The most records one page holds. */
  public static final int MAX_PAGE_SIZE = 100;

  private final JdbcClient jdbc;

  RecordSearch(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
  }

  /**
   * What to look for; null or blank fields do not filter.
   *
   * @param user a user as a record names them: their subject (user name), with or without the
   *     display name a record may carry after it
   * @param page from 1
   */
  public record Criteria(
      String personRef, LocalDate from, LocalDate to, String user, int page, int size) {
    public Criteria {
      personRef = blank(personRef) ? null : personRef.strip();
      user = blank(user) ? null : user.strip();
      page = Math.max(1, page);
      size = Math.max(1, Math.min(MAX_PAGE_SIZE, size));
    }
  }

  /** One record as a list shows it. */
  public record Summary(
      UUID id, long sequence, Instant recordedAt, String actor, String role, String personRef) {}

  /** A page of records, with how many match in all. */
  public record Page(List<Summary> items, long total, int page, int size) {
    public int pages() {
      return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
      return page > 1;
    }

    public boolean hasNext() {
      return page < pages();
    }
  }

  public Page find(Criteria c) {
    // Calculations only: an agreed budget's steps and direct-payment decisions share the chain but
    // have pages of their own (docs/adr/0027, 0029).
    StringBuilder where = new StringBuilder(" WHERE kind = 'calculation'");
    List<Object> params = new ArrayList<>();
    if (c.personRef() != null) {
      where.append(" AND person_ref = ?");
      params.add(c.personRef());
    }
    if (c.from() != null) {
      where.append(" AND recorded_at >= ?");
      params.add(startOf(c.from()));
    }
    if (c.to() != null) {
      where.append(" AND recorded_at < ?");
      params.add(startOf(c.to().plusDays(1)));
    }
    if (c.user() != null) {
      // the subject alone, or "subject (display name)" (SignedInUser.actor)
      where.append(" AND (actor = ? OR actor LIKE ? ESCAPE '!')");
      params.add(c.user());
      params.add(c.user().replace("!", "!!").replace("%", "!%").replace("_", "!_") + " (%");
    }
    long total =
        jdbc.sql("SELECT COUNT(*) FROM audit_record" + where)
            .params(params)
            .query(Long.class)
            .single();
    List<Object> paged = new ArrayList<>(params);
    paged.add((long) (c.page() - 1) * c.size());
    paged.add(c.size());
    List<Summary> items =
        jdbc.sql(
                "SELECT id, sequence, recorded_at, actor, role, person_ref FROM audit_record"
                    + where
                    + " ORDER BY recorded_at DESC, sequence DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
            .params(paged)
            .query(
                (rs, n) ->
                    new Summary(
                        rs.getObject("id", UUID.class),
                        rs.getLong("sequence"),
                        rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                        rs.getString("actor"),
                        rs.getString("role"),
                        rs.getString("person_ref")))
            .list();
    return new Page(items, total, c.page(), c.size());
  }

  /** A page of records as the API sends it. */
  public record RecordList(List<RecordListItem> items, long total, int page, int size, int pages) {
    static RecordList of(Page p) {
      return new RecordList(
          p.items().stream()
              .map(
                  s ->
                      new RecordListItem(
                          s.id(), s.sequence(), s.recordedAt(), s.actor(), s.role(), s.personRef()))
              .toList(),
          p.total(),
          p.page(),
          p.size(),
          p.pages());
    }
  }

  /** One record of a {@link RecordList}. */
  public record RecordListItem(
      UUID calculationId,
      long sequence,
      Instant recordedAt,
      String actor,
      String role,
      String personRef) {}

  /**
   * The API's search (GET /api/v1/calculations, GET /api/v1/audit/records): dates yyyy-MM-dd, page
   * from 1, size 1 to {@value #MAX_PAGE_SIZE} (20 unless given).
   *
   * @throws InvalidRequestException naming each parameter that cannot be read
   */
  public RecordList find(
      String personRef, String from, String to, String user, String page, String size) {
    List<FieldError> errors = new ArrayList<>();
    LocalDate first = date("from", from, errors);
    LocalDate last = date("to", to, errors);
    int n = whole("page", page, 1, Integer.MAX_VALUE, 1, errors);
    int per = whole("size", size, 1, MAX_PAGE_SIZE, 20, errors);
    if (first != null && last != null && last.isBefore(first)) {
      errors.add(new FieldError("to", "must be on or after from"));
    }
    if (personRef != null && personRef.length() > 64) {
      errors.add(new FieldError("person", "must be at most 64 characters"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    return RecordList.of(find(new Criteria(personRef, first, last, user, n, per)));
  }

  private static LocalDate date(String field, String value, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (java.time.format.DateTimeParseException e) {
      errors.add(new FieldError(field, "must be a date, yyyy-MM-dd"));
      return null;
    }
  }

  private static int whole(
      String field, String value, int min, int max, int otherwise, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return otherwise;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // named below
    }
    errors.add(new FieldError(field, "must be a whole number from " + min + " to " + max));
    return otherwise;
  }

  private static OffsetDateTime startOf(LocalDate day) {
    return day.atStartOfDay(UK).toOffsetDateTime();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
