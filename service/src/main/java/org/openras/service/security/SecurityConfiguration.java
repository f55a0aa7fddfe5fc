package org.openras.service.security;

import java.time.Clock;
import java.time.Duration;
import org.openras.service.problem.ProblemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The access rules of DESIGN.md §5, over HTTP Basic with no session (each request signs in).
 * Refusals are problem details: 401 without or with wrong credentials, 403 for a role that may not
 * use the endpoint. Open to all: the OpenAPI description, Swagger UI, health and Prometheus metrics
 * (which carry nothing about a person). Any other path needs a signed-in user of any role.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(UsersProperties.class)
class SecurityConfiguration {
  static final String[] OPEN = {
    "/v3/api-docs",
    "/v3/api-docs/**",
    "/swagger-ui.html",
    "/swagger-ui/**",
    "/actuator/health",
    "/actuator/health/**",
    "/actuator/prometheus",
    "/error"
  };

  @Bean
  SecurityFilterChain api(
      HttpSecurity http, ProblemWriter problems, AuthenticationManager credentials)
      throws Exception {
    AuthenticationEntryPoint signIn = (req, res, e) -> problems.unauthenticated(req, res);
    http.authenticationManager(credentials)
        .csrf(AbstractHttpConfigurer::disable)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .httpBasic(b -> b.realmName("OpenRAS").authenticationEntryPoint(signIn))
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(signIn)
                    .accessDeniedHandler((req, res, denied) -> problems.forbidden(req, res)))
        .authorizeHttpRequests(
            a ->
                a.requestMatchers(HttpMethod.POST, "/api/v1/calculations")
                    .hasRole(Role.ASSESSOR.name())
                    .requestMatchers(HttpMethod.GET, "/api/v1/calculations/*")
                    .hasAnyRole(Role.ASSESSOR.name(), Role.AUDITOR.name())
                    .requestMatchers(HttpMethod.POST, "/api/v1/calculations/*/replay")
                    .hasRole(Role.AUDITOR.name())
                    .requestMatchers(HttpMethod.GET, "/api/v1/audit/verify")
                    .hasRole(Role.AUDITOR.name())
                    // The verifiable log (docs/adr/0009), every method: a record's proof for those
                    // who may read the record, checkpoints for auditors.
                    .requestMatchers("/api/v1/calculations/*/proof")
                    .hasAnyRole(Role.ASSESSOR.name(), Role.AUDITOR.name())
                    .requestMatchers("/api/v1/audit/**")
                    .hasRole(Role.AUDITOR.name())
                    .requestMatchers("/api/v1/scenarios", "/api/v1/scenarios/**")
                    .hasRole(Role.FINANCE.name())
                    .requestMatchers("/api/v1/caseloads", "/api/v1/caseloads/**")
                    .hasRole(Role.FINANCE.name())
                    .requestMatchers("/api/v1/calibrations", "/api/v1/calibrations/**")
                    .hasRole(Role.FINANCE.name())
                    .requestMatchers(
                        "/api/v1/rulesets/*/uprating", "/api/v1/rulesets/*/uprating/**")
                    .hasRole(Role.POLICY.name())
                    .requestMatchers(HttpMethod.POST, "/api/v1/rulesets/validate")
                    .hasRole(Role.POLICY.name())
                    .requestMatchers(HttpMethod.GET, "/api/v1/rulesets/*/diff")
                    .hasRole(Role.POLICY.name())
                    .requestMatchers(
                        HttpMethod.POST,
                        "/api/v1/rulesets/*/*/publication",
                        "/api/v1/rulesets/*/*/withdrawal")
                    .hasRole(Role.POLICY.name())
                    .requestMatchers(HttpMethod.GET, "/api/v1/rulesets/publications")
                    .hasAnyRole(Role.POLICY.name(), Role.AUDITOR.name())
                    .requestMatchers(HttpMethod.GET, "/api/v1/rulesets", "/api/v1/rulesets/*/*")
                    .authenticated()
                    .requestMatchers(OPEN)
                    .permitAll()
                    .anyRequest()
                    .authenticated());
    return http.build();
  }

  @Bean
  InMemoryUserDetailsManager users(UsersProperties properties, Environment environment) {
    return ConfiguredUsers.store(properties, environment.acceptsProfiles(Profiles.of("prod")));
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return new BCryptPasswordEncoder();
  }

  /** Checks passwords with bcrypt, remembering accepted ones briefly (see CheckedCredentials). */
  @Bean
  AuthenticationManager authenticationManager(
      InMemoryUserDetailsManager users,
      PasswordEncoder passwords,
      @Value("${openras.security.credential-cache:5m}") Duration remember) {
    DaoAuthenticationProvider bcrypt = new DaoAuthenticationProvider(users);
    bcrypt.setPasswordEncoder(passwords);
    return new ProviderManager(new CheckedCredentials(bcrypt, remember, Clock.systemUTC()));
  }
}
