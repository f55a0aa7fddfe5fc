package org.openras.service.web;

import org.openras.service.problem.ProblemWriter;
import org.openras.service.security.CrossSiteRequests;
import org.openras.service.security.IdentityProvider;
import org.openras.service.security.Role;
import org.openras.service.security.SecurityConfiguration;
import org.openras.service.security.SignInThrottledException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.csrf.CsrfFilter;

/**
 * The pages' own filter chain, ahead of the API's: form sign-in with a session and CSRF tokens on
 * every form, the same demonstration users and password check as the API. Assessment pages are for
 * assessors, audit pages for auditors, finance pages for finance officers, rule-set pages for
 * policy officers; GOV.UK Frontend's files are open to all (and never answered with an HTTP Basic
 * challenge, which would make a browser stop and ask for a password).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class WebSecurity {
  static final String SIGN_IN = "/web/sign-in";

  @Bean
  @Order(1)
  SecurityFilterChain pages(
      HttpSecurity http,
      AuthenticationManager credentials,
      CrossSiteRequests crossSite,
      ProblemWriter problems,
      ObjectProvider<IdentityProvider> oidc)
      throws Exception {
    var failed = new SimpleUrlAuthenticationFailureHandler(SIGN_IN + "?error");
    http.securityMatcher("/web/**", "/webjars/**", "/assets/**", "/favicon.ico")
        .authenticationManager(credentials)
        .headers(SecurityConfiguration::headers)
        .addFilterBefore(crossSite, CsrfFilter.class)
        .addFilterBefore(
            new SignedInUploads(new LoginUrlAuthenticationEntryPoint(SIGN_IN)), CsrfFilter.class)
        .formLogin(
            f ->
                f.loginPage(SIGN_IN)
                    .defaultSuccessUrl("/web", false)
                    .failureHandler(
                        (req, res, e) -> {
                          if (e instanceof SignInThrottledException t) {
                            problems.throttled(req, res, t.retryAfterSeconds());
                          } else {
                            failed.onAuthenticationFailure(req, res, e);
                          }
                        })
                    .permitAll())
        .logout(l -> l.logoutUrl("/web/sign-out").logoutSuccessUrl(SIGN_IN + "?signedOut"))
        .authorizeHttpRequests(
            a ->
                a.requestMatchers("/webjars/**", "/web/static/**", "/assets/**", "/favicon.ico")
                    .permitAll()
                    // The sign-in page whatever its query (?signedOut, ?providerError): formLogin's
                    // own permitAll matches the address exactly, query included.
                    .requestMatchers(SIGN_IN)
                    .permitAll()
                    .requestMatchers("/web/assessments", "/web/assessments/**")
                    .hasRole(Role.ASSESSOR.name())
                    .requestMatchers("/web/panel", "/web/panel/**")
                    .hasRole(Role.PANEL.name())
                    .requestMatchers("/web/audit", "/web/audit/**")
                    .hasRole(Role.AUDITOR.name())
                    .requestMatchers("/web/policy", "/web/policy/**")
                    .hasRole(Role.POLICY.name())
                    .requestMatchers("/web/finance", "/web/finance/**")
                    .hasRole(Role.FINANCE.name())
                    .requestMatchers("/web/forecasts", "/web/forecasts/**")
                    .hasRole(Role.FINANCE.name())
                    .requestMatchers("/web/measures", "/web/measures/**")
                    .hasAnyRole(Role.FINANCE.name(), Role.POLICY.name())
                    .anyRequest()
                    .authenticated());
    // "Sign in with <provider>" beside the form when openras.oidc.* is set (docs/adr/0018).
    oidc.ifAvailable(p -> p.pages(http, credentials, SIGN_IN, SIGN_IN + "?signedOut"));
    return http.build();
  }
}
