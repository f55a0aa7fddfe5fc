package org.openras.service.security;

import org.openras.service.problem.ProblemWriter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The identity provider, when {@code openras.oidc.issuer-uri} is set (docs/adr/0018); the pages'
 * and the API's chains apply it where it exists.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@ConditionalOnExpression("!'${openras.oidc.issuer-uri:}'.isBlank()")
class OidcConfiguration {
  @Bean
  IdentityProvider identityProvider(OidcProperties properties, ProblemWriter problems) {
    return new IdentityProvider(properties, problems);
  }
}
