package org.openras.service.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.openras.service.problem.ProblemWriter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a state-changing request (anything but GET, HEAD, OPTIONS) that a browser sent from a
 * page of another site: browsers name the page's site in {@code Origin} on every such request, and
 * a browser that has HTTP Basic credentials cached would send them along. A request without {@code
 * Origin} (curl, programs, the CLI) is not a browser's cross-site request and passes; so does one
 * from the service's own address or from {@code openras.security.allowed-origins}. Checked before
 * anyone is signed in and before the body is read.
 */
public final class CrossSiteRequests extends OncePerRequestFilter {
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  private final ProblemWriter problems;
  private final Set<String> allowed;

  public CrossSiteRequests(ProblemWriter problems, Set<String> allowedOrigins) {
    this.problems = problems;
    this.allowed = Set.copyOf(allowedOrigins.stream().map(CrossSiteRequests::normal).toList());
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String origin = request.getHeader("Origin");
    if (SAFE.contains(request.getMethod()) || origin == null || sameSite(origin, request)) {
      chain.doFilter(request, response);
      return;
    }
    problems.crossSite(request, response);
  }

  private boolean sameSite(String origin, HttpServletRequest request) {
    String own =
        normal(
            request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort());
    String given = normal(origin);
    return given.equals(own) || allowed.contains(given);
  }

  /** scheme://host:port in lower case, the scheme's default port written out; "null" stays. */
  static String normal(String origin) {
    try {
      URI u = URI.create(origin.strip());
      if (u.getScheme() == null || u.getHost() == null) {
        return origin.strip().toLowerCase(Locale.ROOT);
      }
      String scheme = u.getScheme().toLowerCase(Locale.ROOT);
      int port = u.getPort() >= 0 ? u.getPort() : "https".equals(scheme) ? 443 : 80;
      return scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    } catch (IllegalArgumentException e) {
      return "invalid:" + origin;
    }
  }
}
