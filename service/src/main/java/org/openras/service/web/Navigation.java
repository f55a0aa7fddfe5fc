package org.openras.service.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openras.service.security.Role;

/**
 * What the pages' header and breadcrumbs show, as data (docs/adr/0024): the sections of the service
 * navigation, one line per section and role, and the pages that are a breadcrumb above others, one
 * line each. A new page adds a {@link #SECTIONS} line to be in its role's header, and a {@link
 * #CRUMBS} line when pages below it should lead back to it. The layout ({@code
 * templates/web/layout.html}, fragment {@code header}) renders both on every page; no template
 * lists them.
 */
public final class Navigation {
  private Navigation() {}

  /** A section of the service navigation, shown to users with {@code role}. */
  public record Section(Role role, String title, String href) {}

  /**
   * A page above others: any page whose address starts with {@code prefix} (a regular expression
   * matched against whole path segments) and goes further has a breadcrumb {@code title} to {@code
   * href} ({@code $1}… are the prefix's groups).
   */
  public record Crumb(String prefix, String title, String href) {
    Pattern pattern() {
      return Pattern.compile("^(?:" + prefix + ")(?=/|$)");
    }
  }

  /** One link of the header or the breadcrumbs, and whether it is the page shown (or above it). */
  public record Link(String title, String href, boolean current, boolean active) {}

  /** The service navigation, in the order shown: one line per section. */
  public static final List<Section> SECTIONS =
      List.of(
          new Section(Role.ASSESSOR, "Your assessments", "/web/assessments"),
          new Section(Role.ASSESSOR, "New assessment", "/web/assessments/new"),
          new Section(Role.AUDITOR, "Find records", "/web/audit/records"),
          new Section(Role.AUDITOR, "Look up and verify", "/web/audit"),
          new Section(Role.AUDITOR, "Agreed budgets", "/web/audit/agreed-budgets"),
          new Section(Role.FINANCE, "Caseloads", "/web/finance/caseloads"),
          new Section(Role.FINANCE, "Jobs", "/web/finance/jobs"),
          new Section(Role.FINANCE, "Direct payments", "/web/finance/direct-payments"),
          new Section(Role.FINANCE, "Forecasts", "/web/forecasts"),
          new Section(Role.FINANCE, "Measures", "/web/measures"),
          new Section(Role.POLICY, "Rule-set versions", "/web/policy"),
          new Section(Role.POLICY, "Measures", "/web/measures"),
          new Section(Role.PANEL, "Proposals to decide", "/web/panel"));

  /** Pages above others, outermost first; Home is above every page but itself. */
  public static final List<Crumb> CRUMBS =
      List.of(
          new Crumb("/web/assessments", "Your assessments", "/web/assessments"),
          new Crumb("/web/assessments/([0-9a-f-]{36})", "Assessment result", "/web/assessments/$1"),
          new Crumb("/web/audit", "Look up and verify", "/web/audit"),
          new Crumb("/web/audit/agreed-budgets", "Agreed budgets", "/web/audit/agreed-budgets"),
          new Crumb("/web/panel", "Proposals to decide", "/web/panel"),
          new Crumb("/web/finance/caseloads", "Caseloads", "/web/finance/caseloads"),
          new Crumb(
              "/web/finance/direct-payments", "Direct payments", "/web/finance/direct-payments"),
          new Crumb(
              "/web/finance/(?:scenarios|envelopes|calibrations)", "Jobs", "/web/finance/jobs"),
          new Crumb("/web/finance/scenarios/([0-9a-f-]{36})", "Job", "/web/finance/scenarios/$1"),
          new Crumb(
              "/web/finance/calibrations/([0-9a-f-]{36})",
              "Calibration",
              "/web/finance/calibrations/$1"),
          new Crumb("/web/forecasts", "Forecasts", "/web/forecasts"),
          new Crumb("/web/forecasts/([0-9a-f-]{36})", "Forecast", "/web/forecasts/$1"),
          new Crumb("/web/policy", "Rule-set versions", "/web/policy"),
          new Crumb("/web/policy/([^/]+)/([^/]+)", "Version $2 of $1", "/web/policy/$1/$2"),
          new Crumb("/web/measures", "Personalisation measures", "/web/measures"),
          new Crumb(
              "/web/measures/registers/([0-9a-f-]{36})", "Register", "/web/measures/registers/$1"));

  static final String HOME = "/web";

  /** The sections a user with these roles sees, the one the page belongs to marked active. */
  public static List<Link> sections(Collection<Role> roles, String path) {
    List<Section> mine = SECTIONS.stream().filter(s -> roles.contains(s.role())).toList();
    String active = null;
    for (Section s : mine) {
      if (within(path, s.href()) && (active == null || s.href().length() > active.length())) {
        active = s.href();
      }
    }
    List<Link> links = new ArrayList<>();
    for (Section s : mine) {
      boolean isActive = s.href().equals(active);
      links.add(new Link(s.title(), s.href(), s.href().equals(path), isActive));
    }
    return links;
  }

  /** The breadcrumbs of the page at {@code path}: Home, then each page above it; none at Home. */
  public static List<Link> breadcrumbs(String path) {
    String p =
        path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
    if (!p.startsWith(HOME + "/")) {
      return List.of();
    }
    List<Link> crumbs = new ArrayList<>();
    crumbs.add(new Link("Home", HOME, false, false));
    for (Crumb c : CRUMBS) {
      Matcher m = c.pattern().matcher(p);
      if (m.find() && m.end() < p.length()) {
        crumbs.add(new Link(expand(m, c.title(), true), expand(m, c.href(), false), false, false));
      }
    }
    return crumbs;
  }

  /** The template with {@code $n} replaced by group n (a path name's {@code ~} as / in words). */
  private static String expand(Matcher m, String template, boolean words) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < template.length(); i++) {
      char ch = template.charAt(i);
      if (ch == '$' && i + 1 < template.length() && Character.isDigit(template.charAt(i + 1))) {
        int group = template.charAt(++i) - '0';
        String value = m.group(group);
        out.append(words ? value.replace('~', '/') : value);
      } else {
        out.append(ch);
      }
    }
    return out.toString();
  }

  private static boolean within(String path, String href) {
    return path.equals(href) || path.startsWith(href + "/");
  }
}
