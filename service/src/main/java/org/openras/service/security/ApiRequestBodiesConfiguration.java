package org.openras.service.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers {@link ApiRequestBodies} for every API path. */
@Configuration(proxyBeanMethods = false)
class ApiRequestBodiesConfiguration implements WebMvcConfigurer {
  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new ApiRequestBodies()).addPathPatterns("/api/**");
  }
}
