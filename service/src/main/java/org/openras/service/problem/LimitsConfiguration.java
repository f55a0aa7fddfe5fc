package org.openras.service.problem;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * {@code openras.http.max-body-size} (default 256KB): the largest request body read. Checked before
 * sign-in, so an oversized body costs nothing.
 */
@Configuration(proxyBeanMethods = false)
class LimitsConfiguration {

  @Bean
  FilterRegistrationBean<BodySizeLimit> bodySizeLimit(
      @Value("${openras.http.max-body-size:256KB}") DataSize limit, ProblemWriter problems) {
    var registration = new FilterRegistrationBean<>(new BodySizeLimit(limit.toBytes(), problems));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    registration.addUrlPatterns("/*");
    return registration;
  }
}
