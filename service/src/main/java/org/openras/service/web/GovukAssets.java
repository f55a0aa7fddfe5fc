package org.openras.service.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * GOV.UK Frontend's stylesheet asks for its fonts and images at {@code /assets/}: served here from
 * the govuk-frontend webjar, as is the favicon.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class GovukAssets implements WebMvcConfigurer {
  static final String DIST =
      "classpath:/META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/";

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry.addResourceHandler("/assets/**").addResourceLocations(DIST + "assets/");
    registry.addResourceHandler("/favicon.ico").addResourceLocations(DIST + "assets/images/");
  }
}
