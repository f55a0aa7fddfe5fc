package org.openras.service.problem;

import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * {@code openras.http.max-body-size} (default 256KB): the largest request body read, except a
 * caseload upload, by the API or a finance page ({@code openras.http.max-caseload-size}, default
 * 512MB). Checked before sign-in, so an oversized body costs nothing.
 */
@Configuration(proxyBeanMethods = false)
class LimitsConfiguration {

  static final String CASELOADS = "/api/v1/caseloads";

  /** Where caseloads are uploaded: the API, and the finance pages' forms (multipart). */
  static final Set<String> UPLOADS =
      Set.of(
          CASELOADS,
          CASELOADS + "/csv",
          "/web/finance/scenarios",
          "/web/finance/envelopes",
          "/web/finance/calibrations");

  @Bean
  FilterRegistrationBean<BodySizeLimit> bodySizeLimit(
      @Value("${openras.http.max-body-size:256KB}") DataSize limit, ProblemWriter problems) {
    var registration =
        new FilterRegistrationBean<>(
            new BodySizeLimit(limit.toBytes(), problems, path -> !UPLOADS.contains(path)));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    registration.addUrlPatterns("/*");
    return registration;
  }

  /** A caseload upload is the one large body: {@code openras.http.max-caseload-size}. */
  @Bean
  FilterRegistrationBean<BodySizeLimit> caseloadSizeLimit(
      @Value("${openras.http.max-caseload-size:512MB}") DataSize limit, ProblemWriter problems) {
    var registration =
        new FilterRegistrationBean<>(
            new BodySizeLimit(limit.toBytes(), problems, UPLOADS::contains));
    registration.setName("caseloadSizeLimit");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 11);
    registration.addUrlPatterns(UPLOADS.toArray(String[]::new));
    return registration;
  }
}
