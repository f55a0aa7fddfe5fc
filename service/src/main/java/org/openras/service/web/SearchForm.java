package org.openras.service.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A search of earlier work, as the pages take it (issue 21): a person reference, a first and a last
 * day (GOV.UK date inputs, both optional), a user (the auditor's search) and a page number. Read by
 * {@link #read}; a date that is partly filled in or not a real date is an error on its field.
 */
public class SearchForm {
  /** Records on a page of the lists. */
  public static final int PAGE_SIZE = 20;

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

  private String person;
  private DateInput from = new DateInput();
  private DateInput to = new DateInput();
  private String user;
  private String page;

  /** What was read: null for an empty field. */
  public record Read(String person, LocalDate from, LocalDate to, String user, int page) {}

  /** The search, or null when {@code errors} gained an entry. */
  public Read read(PageErrors errors) {
    LocalDate first = empty(from) ? null : from.read("from", "the first day", errors);
    LocalDate last = empty(to) ? null : to.read("to", "the last day", errors);
    if (first != null && last != null && last.isBefore(first)) {
      errors.add("to", "The last day must be the same as or after the first day");
    }
    if (errors.any()) {
      return null;
    }
    int n = 1;
    try {
      n = page == null || page.isBlank() ? 1 : Math.max(1, Integer.parseInt(page.strip()));
    } catch (NumberFormatException e) {
      n = 1;
    }
    return new Read(
        blank(person) ? null : person.strip(), first, last, blank(user) ? null : user.strip(), n);
  }

  /** The query of this search without its page, for the pagination's links. */
  public Map<String, String> query() {
    Map<String, String> q = new LinkedHashMap<>();
    put(q, "person", person);
    put(q, "from.day", from.getDay());
    put(q, "from.month", from.getMonth());
    put(q, "from.year", from.getYear());
    put(q, "to.day", to.getDay());
    put(q, "to.month", to.getMonth());
    put(q, "to.year", to.getYear());
    put(q, "user", user);
    return q;
  }

  /** The address of page {@code n} of this search at {@code base}. */
  public String href(String base, int n) {
    StringBuilder out = new StringBuilder(base).append('?');
    for (var e : query().entrySet()) {
      out.append(enc(e.getKey())).append('=').append(enc(e.getValue())).append('&');
    }
    return out.append("page=").append(n).toString();
  }

  private static String enc(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** A moment as the lists show it: a UK day and time. */
  public static String when(Instant t) {
    return t == null ? "" : WHEN.format(t.atZone(ZoneId.of("Europe/London")));
  }

  private static void put(Map<String, String> q, String k, String v) {
    if (!blank(v)) {
      q.put(k, v.strip());
    }
  }

  private static boolean empty(DateInput d) {
    return d == null || (blank(d.getDay()) && blank(d.getMonth()) && blank(d.getYear()));
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  public String getPerson() {
    return person;
  }

  public void setPerson(String v) {
    person = v;
  }

  public DateInput getFrom() {
    return from;
  }

  public void setFrom(DateInput v) {
    from = v == null ? new DateInput() : v;
  }

  public DateInput getTo() {
    return to;
  }

  public void setTo(DateInput v) {
    to = v == null ? new DateInput() : v;
  }

  public String getUser() {
    return user;
  }

  public void setUser(String v) {
    user = v;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String v) {
    page = v;
  }
}
