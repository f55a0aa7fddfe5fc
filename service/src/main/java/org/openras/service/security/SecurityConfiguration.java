package org.openras.service.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.openras.service.problem.ProblemWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The access rules of DESIGN.md §5, over HTTP Basic with no session (each request signs in), and
 * over the identity provider's bearer tokens when {@code openras.oidc.issuer-uri} is set ({@link
 * IdentityProvider}). Refusals are problem details: 401 without or with wrong credentials, 403 for
 * a role that may not use the endpoint. Open to all: the OpenAPI description, Swagger UI, health
 * and Prometheus metrics (which carry nothing about a person). Any other path needs a signed-in
 * user of any role.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties({UsersProperties.class, OidcProperties.class})
public class SecurityConfiguration {
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

  /**
   * The open paths: anyone may read them, and credentials that are wrong (or throttled) are ignored
   * rather than answered with 401; right ones still count (health's details for POLICY, AUDITOR).
   */
  @Bean
  @Order(2)
  SecurityFilterChain open(
      HttpSecurity http, AuthenticationManager credentials, CrossSiteRequests crossSite)
      throws Exception {
    http.securityMatcher(OPEN)
        .authenticationManager(credentials)
        .csrf(AbstractHttpConfigurer::disable)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .headers(SecurityConfiguration::headers)
        .addFilterBefore(crossSite, BasicAuthenticationFilter.class)
        // Without an entry point the filter ignores a failure: the caller goes on as anonymous.
        .addFilterAt(new BasicAuthenticationFilter(credentials), BasicAuthenticationFilter.class)
        .authorizeHttpRequests(a -> a.anyRequest().permitAll());
    return http.build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain api(
      HttpSecurity http,
      ProblemWriter problems,
      AuthenticationManager credentials,
      CrossSiteRequests crossSite,
      ObjectProvider<IdentityProvider> oidc)
      throws Exception {
    IdentityProvider identityProvider = oidc.getIfAvailable();
    AuthenticationEntryPoint signIn =
        (req, res, e) -> {
          if (e instanceof SignInThrottledException t) {
            problems.throttled(req, res, t.retryAfterSeconds());
          } else {
            problems.unauthenticated(req, res, identityProvider != null);
          }
        };
    http.authenticationManager(credentials)
        .csrf(AbstractHttpConfigurer::disable)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .headers(SecurityConfiguration::headers)
        .addFilterBefore(crossSite, BasicAuthenticationFilter.class)
        .httpBasic(b -> b.realmName("OpenRAS").authenticationEntryPoint(signIn))
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(signIn)
                    .accessDeniedHandler((req, res, denied) -> problems.forbidden(req, res)))
        // No HTTP method in any rule: a rule covers the path whatever the method, so HEAD (which
        // Spring answers with the GET handler) is checked exactly as GET is (issue 18, defect 1).
        .authorizeHttpRequests(
            a ->
                a.requestMatchers("/api/v1/calculations")
                    .hasRole(Role.ASSESSOR.name())
                    .requestMatchers("/api/v1/calculations/*/replay")
                    .hasRole(Role.AUDITOR.name())
                    .requestMatchers("/api/v1/calculations/*")
                    .hasAnyRole(Role.ASSESSOR.name(), Role.AUDITOR.name())
                    .requestMatchers("/api/v1/audit/verify")
                    .hasRole(Role.AUDITOR.name())
                    // The verifiable log (docs/adr/0009), every method: a record's proof for those
                    // who may read the record, checkpoints for auditors.
                    .requestMatchers("/api/v1/calculations/*/proof")
                    .hasAnyRole(Role.ASSESSOR.name(), Role.AUDITOR.name())
                    .requestMatchers("/api/v1/audit/**")
                    .hasRole(Role.AUDITOR.name())
                    // Agreed budgets (docs/adr/0027): assessors propose and withdraw, panel
                    // members decide, auditors read; every method of each path.
                    .requestMatchers("/api/v1/calculations/*/agreed-budgets")
                    .hasRole(Role.ASSESSOR.name())
                    .requestMatchers(
                        "/api/v1/agreed-budgets/*/approval", "/api/v1/agreed-budgets/*/refusal")
                    .hasRole(Role.PANEL.name())
                    .requestMatchers("/api/v1/agreed-budgets/*/withdrawal")
                    .hasRole(Role.ASSESSOR.name())
                    .requestMatchers("/api/v1/agreed-budgets")
                    .hasAnyRole(Role.PANEL.name(), Role.AUDITOR.name())
                    .requestMatchers("/api/v1/agreed-budgets/*", "/api/v1/agreed-budgets/*/steps")
                    .hasAnyRole(Role.ASSESSOR.name(), Role.PANEL.name(), Role.AUDITOR.name())
                    .requestMatchers("/api/v1/scenarios", "/api/v1/scenarios/**")
                    .hasRole(Role.FINANCE.name())
                    .requestMatchers("/api/v1/caseloads", "/api/v1/caseloads/**")
                    .hasRole(Role.FINANCE.name())
                    // Medium-term financial planning (docs/adr/0032), every method.
                    .requestMatchers("/api/v1/forecasts", "/api/v1/forecasts/**")
                    .hasRole(Role.FINANCE.name())
                    // Direct-payment monitoring (docs/adr/0029): FINANCE and AUDITOR read,
                    // FINANCE imports and decides (every other method).
                    .requestMatchers(HttpMethod.GET, "/api/v1/direct-payments/**")
                    .hasAnyRole(Role.FINANCE.name(), Role.AUDITOR.name())
                    .requestMatchers(HttpMethod.HEAD, "/api/v1/direct-payments/**")
                    .hasAnyRole(Role.FINANCE.name(), Role.AUDITOR.name())
                    .requestMatchers("/api/v1/direct-payments", "/api/v1/direct-payments/**")
                    .hasRole(Role.FINANCE.name())
                    .requestMatchers("/api/v1/calibrations", "/api/v1/calibrations/**")
                    .hasRole(Role.FINANCE.name())
                    .requestMatchers(
                        "/api/v1/registers", "/api/v1/registers/**", "/api/v1/measures")
                    .hasAnyRole(Role.FINANCE.name(), Role.POLICY.name())
                    .requestMatchers(
                        "/api/v1/rulesets/*/uprating", "/api/v1/rulesets/*/uprating/**")
                    .hasRole(Role.POLICY.name())
                    .requestMatchers("/api/v1/rulesets/validate")
                    .hasRole(Role.POLICY.name())
                    .requestMatchers("/api/v1/rulesets/*/diff")
                    .hasRole(Role.POLICY.name())
                    .requestMatchers(
                        "/api/v1/rulesets/*/*/publication", "/api/v1/rulesets/*/*/withdrawal")
                    .hasRole(Role.POLICY.name())
                    // Four-eyes publishing (docs/adr/0028), every method.
                    .requestMatchers(
                        "/api/v1/rulesets/proposals",
                        "/api/v1/rulesets/proposals/**",
                        "/api/v1/rulesets/*/*/proposals")
                    .hasRole(Role.POLICY.name())
                    .requestMatchers("/api/v1/rulesets/*/*/transparency")
                    .hasAnyRole(Role.POLICY.name(), Role.AUDITOR.name())
                    .requestMatchers("/api/v1/rulesets/publications")
                    .hasAnyRole(Role.POLICY.name(), Role.AUDITOR.name())
                    .requestMatchers("/api/v1/rulesets", "/api/v1/rulesets/*/*")
                    .authenticated()
                    .anyRequest()
                    .authenticated());
    if (identityProvider != null) {
      // Bearer tokens from the council's identity provider beside HTTP Basic (docs/adr/0018).
      identityProvider.api(http);
    }
    return http.build();
  }

  /**
   * The response headers of every chain (the pages' too): a content security policy that allows
   * only this service's own scripts, no framing, no referrer sent to other sites, no browser
   * features, and Spring Security's defaults (nosniff, no caching, HSTS over HTTPS).
   */
  public static void headers(HeadersConfigurer<HttpSecurity> h) {
    h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
        .permissionsPolicyHeader(p -> p.policy(PERMISSIONS_POLICY))
        .frameOptions(f -> f.deny());
  }

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self';"
          + " frame-ancestors 'none'";

  /**
   * The policy with forms also allowed to end at {@code origin}: signing out of the pages redirects
   * the sign-out form to the identity provider, which a browser checks against form-action.
   */
  static String contentSecurityPolicyWithFormsTo(String origin) {
    return CONTENT_SECURITY_POLICY.replace("form-action 'self'", "form-action 'self' " + origin);
  }

  static final String PERMISSIONS_POLICY =
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

  @Bean
  CrossSiteRequests crossSiteRequests(
      ProblemWriter problems,
      @Value("${openras.security.allowed-origins:}") Set<String> allowedOrigins) {
    return new CrossSiteRequests(problems, allowedOrigins);
  }

  /** Not a servlet filter of its own: it runs only inside the security chains. */
  @Bean
  FilterRegistrationBean<CrossSiteRequests> crossSiteRequestsNotRegistered(CrossSiteRequests f) {
    FilterRegistrationBean<CrossSiteRequests> registration = new FilterRegistrationBean<>(f);
    registration.setEnabled(false);
    return registration;
  }

  /** A request the firewall refuses is a problem detail: 405 for a method, 400 for an address. */
  @Bean
  RequestRejectedHandler requestRejectedHandler(ProblemWriter problems) {
    return (request, response, rejected) ->
        problems.rejected(
            request,
            response,
            String.valueOf(rejected.getMessage()).contains("HTTP method") ? 405 : 400);
  }

  @Bean
  InMemoryUserDetailsManager users(UsersProperties properties, Environment environment) {
    return ConfiguredUsers.store(properties, environment.acceptsProfiles(Profiles.of("prod")));
  }

  /**
   * No Micrometer observation around each security filter and each authorisation decision: they
   * were about 9 % of a calculation request's CPU (docs/adr/0026-service-overhead.md) and nothing
   * reads them; the HTTP server's own timer ({@code http_server_requests_seconds}, with the status)
   * and {@link RefusalMetrics} still count every request and refusal.
   */
  @Bean
  SecurityObservationSettings securityObservations() {
    return SecurityObservationSettings.noObservations();
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return new BCryptPasswordEncoder();
  }

  /**
   * Checks passwords with bcrypt, remembering accepted ones briefly (see CheckedCredentials); the
   * start-up warm-up's own sign-in comes first and declines everything once the warm-up is over.
   */
  @Bean
  AuthenticationManager authenticationManager(
      InMemoryUserDetailsManager users,
      PasswordEncoder passwords,
      @Value("${openras.security.credential-cache:5m}") Duration remember,
      SignInThrottle throttle,
      WarmUpCredentials warmUp) {
    DaoAuthenticationProvider bcrypt = new DaoAuthenticationProvider(users);
    bcrypt.setPasswordEncoder(passwords);
    prepareTimingAttackProtection(bcrypt);
    return new ProviderManager(
        warmUp,
        new ThrottledCredentials(
            new CheckedCredentials(bcrypt, remember, Clock.systemUTC()), throttle));
  }

  /** The start-up warm-up's sign-in (docs/adr/0035): open only while the warm-up runs. */
  @Bean
  WarmUpCredentials warmUpCredentials() {
    return new WarmUpCredentials();
  }

  /**
   * Spring's provider hashes a dummy password with bcrypt (the encoder's default cost, 10) the
   * first time it looks a user up, so that an unknown name takes as long as a wrong password. Done
   * here, at start, it is paid once; left to the first requests, every request thread arriving in
   * the first moment paid it at once (docs/adr/0026-service-overhead.md). A name no user has is
   * looked up, and its refusal is the expected outcome.
   */
  private static void prepareTimingAttackProtection(DaoAuthenticationProvider bcrypt) {
    try {
      bcrypt.authenticate(
          UsernamePasswordAuthenticationToken.unauthenticated(" no such user ", " start-up "));
    } catch (AuthenticationException expected) {
      // refused, as it must be; the dummy hash is now made
    }
  }

  /**
   * {@code openras.security.sign-in.*}: failed sign-ins allowed per user name (default 10) and per
   * client address (default 100) within a window (default 15 minutes); more wait, with 429.
   */
  @Bean
  SignInThrottle signInThrottle(
      @Value("${openras.security.sign-in.failures-per-user:10}") int perUser,
      @Value("${openras.security.sign-in.failures-per-address:100}") int perAddress,
      @Value("${openras.security.sign-in.window:15m}") Duration window) {
    return new SignInThrottle(
        new SignInThrottle.Limits(perUser, perAddress, window, 10_000), Clock.systemUTC());
  }
}
