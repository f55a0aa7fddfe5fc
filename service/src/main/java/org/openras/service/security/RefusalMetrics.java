package org.openras.service.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.openras.service.problem.ProblemWriter;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * {@code openras.security.refusals} (counter): every answer 401 or 403, tagged with its {@code
 * status}, its {@code route} (the request mapping the address matches, such as {@code
 * /api/v1/calculations/{id}}, never the address itself, so no identifier or personal data becomes a
 * tag; {@code unmatched} when no endpoint has the address), its {@code method} (the standard HTTP
 * methods, any other as {@code other}) and its {@code reason} ({@code no-credentials}, {@code
 * bad-credentials}, a refused bearer token's reason such as {@code expired} or {@code signature},
 * {@code role}, {@code cross-site}, or {@code other}). Security answers before Spring MVC has
 * matched the request, so the route is found here, from the same request mappings.
 *
 * <p>A filter in front of Spring Security's: it watches the status set on the response, whoever
 * refuses the request (the API's problem details, the pages' 403), and reads the reason the {@link
 * ProblemWriter} left on the request; each request is counted once.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class RefusalMetrics {
  static final String REFUSALS = "openras.security.refusals";
  static final String UNMATCHED = "unmatched";
  private static final Set<String> METHODS =
      Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE");

  @Bean
  FilterRegistrationBean<Counting> refusalCounting(
      MeterRegistry registry, ListableBeanFactory beans) {
    FilterRegistrationBean<Counting> r =
        new FilterRegistrationBean<>(new Counting(registry, new Routes(beans)));
    r.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
    return r;
  }

  /** Counts each request answered 401 or 403. */
  static final class Counting extends OncePerRequestFilter {
    private final MeterRegistry registry;
    private final Routes routes;

    Counting(MeterRegistry registry, Routes routes) {
      this.registry = registry;
      this.routes = routes;
    }

    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      chain.doFilter(request, new Watched(request, response));
    }

    /**
     * Counts when the status is set, before the body is written: a caller that has its answer finds
     * it counted.
     */
    private final class Watched extends HttpServletResponseWrapper {
      private final HttpServletRequest request;
      private boolean counted;

      Watched(HttpServletRequest request, HttpServletResponse response) {
        super(response);
        this.request = request;
      }

      @Override
      public void setStatus(int status) {
        seen(status);
        super.setStatus(status);
      }

      @Override
      public void sendError(int status) throws IOException {
        seen(status);
        super.sendError(status);
      }

      @Override
      public void sendError(int status, String message) throws IOException {
        seen(status);
        super.sendError(status, message);
      }

      private void seen(int status) {
        if (!counted && (status == 401 || status == 403) && !isCommitted()) {
          counted = true;
          count(request, status);
        }
      }
    }

    private void count(HttpServletRequest request, int status) {
      String method = request.getMethod();
      Counter.builder(REFUSALS)
          .description("Requests refused with 401 or 403, by route and reason")
          .tag("status", Integer.toString(status))
          .tag("route", routes.of(request))
          .tag("method", METHODS.contains(method) ? method : "other")
          .tag("reason", reason(request, status))
          .register(registry)
          .increment();
    }

    private static String reason(HttpServletRequest request, int status) {
      Object said = request.getAttribute(ProblemWriter.REFUSAL_REASON);
      if (said instanceof String s) {
        return s;
      }
      return status == 403 ? "role" : "other";
    }
  }

  /** The request mapping an address matches, whatever its method: the most specific pattern. */
  static final class Routes {
    private final ListableBeanFactory beans;
    private volatile List<PathPattern> patterns;

    Routes(ListableBeanFactory beans) {
      this.beans = beans;
    }

    String of(HttpServletRequest request) {
      PathContainer path;
      try {
        path =
            RequestPath.parse(request.getRequestURI(), request.getContextPath())
                .pathWithinApplication();
      } catch (RuntimeException e) {
        return UNMATCHED;
      }
      return patterns().stream()
          .filter(p -> p.matches(path))
          .min(PathPattern.SPECIFICITY_COMPARATOR)
          .map(PathPattern::getPatternString)
          .orElse(UNMATCHED);
    }

    /** Every path pattern of every request mapping (controllers and actuator endpoints). */
    private List<PathPattern> patterns() {
      List<PathPattern> known = patterns;
      if (known == null) {
        known =
            beans.getBeansOfType(RequestMappingInfoHandlerMapping.class).values().stream()
                .flatMap(m -> m.getHandlerMethods().keySet().stream())
                .map(RequestMappingInfo::getPathPatternsCondition)
                .filter(Objects::nonNull)
                .flatMap(c -> c.getPatterns().stream())
                .distinct()
                .sorted(Comparator.comparing(PathPattern::getPatternString))
                .toList();
        patterns = known;
      }
      return known;
    }
  }
}
