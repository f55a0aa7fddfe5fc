package org.openras.service.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.openras.service.problem.ProblemWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.util.function.SingletonSupplier;

/**
 * The council's OpenID Connect provider ({@code openras.oidc.*}, docs/adr/0018), applied to the
 * pages' and the API's filter chains. Its discovery document is read when first needed (the first
 * sign-in or bearer token), not at start-up, and read again after a failure, so the service starts
 * while the provider is away.
 */
public final class IdentityProvider {
  /** The registration's id: the last part of the sign-in and callback addresses. */
  public static final String REGISTRATION = "oidc";

  /** Where the pages send a browser to sign in with the provider. */
  public static final String SIGN_IN_START = "/web/oauth2/authorization/" + REGISTRATION;

  /** Where the provider sends the browser back (register {@code https://<host>} + this). */
  public static final String CALLBACK = "/web/login/oauth2/code/" + REGISTRATION;

  private static final Logger log = LoggerFactory.getLogger(IdentityProvider.class);

  private final OidcProperties properties;
  private final ProblemWriter problems;
  private final JwtDecoder tokens;
  private final Registrations registrations;

  IdentityProvider(OidcProperties properties, ProblemWriter problems) {
    this.properties = properties;
    this.problems = problems;
    this.tokens = BearerTokens.decoder(properties);
    this.registrations = new Registrations(properties);
  }

  /** The name on the sign-in button; null when the pages have no client id to sign in with. */
  public String signInName() {
    return properties.pages() ? properties.providerName() : null;
  }

  /**
   * The pages sign in with the provider too (authorization code with PKCE), the configured users'
   * form staying beside it; signing out also ends the provider's session (RP-initiated logout) and
   * comes back to {@code signedOut}.
   */
  public void pages(
      HttpSecurity http, AuthenticationManager credentials, String signInPage, String signedOut) {
    if (!properties.pages()) {
      return;
    }
    var user = new RoleMappingUserService(properties);
    var code =
        new OidcAuthorizationCodeAuthenticationProvider(
            new RestClientAuthorizationCodeTokenResponseClient(), user);
    // The form's users and the provider's, one manager (the chain's own is replaced).
    http.authenticationManager(new ProviderManager(List.of(code), credentials));
    var failed = new SimpleUrlAuthenticationFailureHandler(signInPage + "?providerError");
    OidcClientInitiatedLogoutSuccessHandler signOut =
        new OidcClientInitiatedLogoutSuccessHandler(registrations);
    signOut.setPostLogoutRedirectUri("{baseUrl}" + signedOut);
    signOut.setDefaultTargetUrl(signedOut);
    http.oauth2Login(
            o ->
                o.loginPage(signInPage)
                    .clientRegistrationRepository(registrations)
                    .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                    .authorizationEndpoint(a -> a.baseUri("/web/oauth2/authorization"))
                    .redirectionEndpoint(r -> r.baseUri("/web/login/oauth2/code/*"))
                    .userInfoEndpoint(u -> u.oidcUserService(user))
                    .defaultSuccessUrl("/web", false)
                    .failureHandler(
                        (req, res, e) -> {
                          log.warn(
                              "Sign-in with the identity provider refused: {}", e.getMessage());
                          failed.onAuthenticationFailure(req, res, e);
                        })
                    .withObjectPostProcessor(
                        new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                          @Override
                          public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(
                              O filter) {
                            // Not the default 500 when the provider cannot be reached.
                            filter.setAuthenticationFailureHandler(
                                (req, res, e) -> {
                                  log.warn(
                                      "Sign-in with the identity provider could not start: {}",
                                      String.valueOf(e.getCause()));
                                  failed.onAuthenticationFailure(req, res, e);
                                });
                            return filter;
                          }
                        }))
        .logout(l -> l.logoutSuccessHandler(signOut))
        .headers(
            h ->
                h.contentSecurityPolicy(
                    c ->
                        c.policyDirectives(
                            SecurityConfiguration.contentSecurityPolicyWithFormsTo(
                                origin(properties.issuerUri())))));
  }

  /** The scheme, host and port of an address. */
  static String origin(String uri) {
    java.net.URI u = java.net.URI.create(uri);
    return u.getScheme() + "://" + u.getRawAuthority();
  }

  /**
   * The API takes the provider's bearer tokens beside HTTP Basic: a refused token gets 401 with a
   * problem detail naming the reason, a provider that cannot be reached 503.
   */
  public void api(HttpSecurity http) {
    JwtAuthenticationProvider jwt = new JwtAuthenticationProvider(tokens);
    jwt.setJwtAuthenticationConverter(BearerTokens.authentication(properties));
    http.oauth2ResourceServer(
        r ->
            r.authenticationEntryPoint(this::refused)
                .jwt(j -> j.authenticationManager(new ProviderManager(jwt)))
                .withObjectPostProcessor(
                    new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                      @Override
                      public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                        // Not the default, which rethrows a service failure as a 500.
                        filter.setAuthenticationFailureHandler(IdentityProvider.this::refused);
                        return filter;
                      }
                    }));
  }

  private void refused(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    if (e instanceof AuthenticationServiceException) {
      log.warn("A bearer token could not be checked: {}", e.getMessage());
      problems.identityProviderUnavailable(request, response);
      return;
    }
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof BearerTokens.RefusedTokenException r) {
        problems.bearerRefused(request, response, r.reason().code, r.getMessage());
        return;
      }
    }
    String words =
        e instanceof OAuth2AuthenticationException o && o.getError().getDescription() != null
            ? o.getError().getDescription()
            : "the token could not be read";
    problems.bearerRefused(request, response, BearerTokens.Reason.MALFORMED.code, words);
  }

  /**
   * The pages' one registration, from the provider's discovery document on first use (and again
   * after a failure).
   */
  static final class Registrations implements ClientRegistrationRepository {
    private final Supplier<ClientRegistration> registration;

    Registrations(OidcProperties p) {
      this.registration =
          SingletonSupplier.of(
              () ->
                  ClientRegistrations.fromIssuerLocation(p.issuerUri())
                      .registrationId(REGISTRATION)
                      .clientName(p.providerName())
                      .clientId(p.clientId())
                      .clientSecret(p.clientSecret())
                      .clientAuthenticationMethod(
                          p.clientSecret() == null
                              ? ClientAuthenticationMethod.NONE
                              : ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                      .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                      .redirectUri("{baseUrl}" + CALLBACK)
                      .scope(p.scopes())
                      // The user info response's own key (Entra's has no oid); the signed-in
                      // user is named by the subject claim of ID token and user info together.
                      .userNameAttributeName("sub")
                      .clientSettings(
                          ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                      .build());
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
      return REGISTRATION.equals(registrationId) ? registration.get() : null;
    }
  }

  /**
   * The signed-in user: the provider's claims (ID token and user info), named by the subject claim,
   * with the roles the role claim grants and the display name.
   */
  static final class RoleMappingUserService
      implements OAuth2UserService<OidcUserRequest, OidcUser> {
    private final OidcUserService delegate = new OidcUserService();
    private final OidcProperties properties;
    private final RoleClaims roles;

    RoleMappingUserService(OidcProperties properties) {
      this.properties = properties;
      this.roles = new RoleClaims(properties.roleClaim(), properties.roles());
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
      OidcUser user;
      try {
        user = delegate.loadUser(request);
      } catch (IllegalArgumentException e) { // a user info response without its sub
        OAuth2Error error = new OAuth2Error("invalid_user_info_response", e.getMessage(), null);
        throw new OAuth2AuthenticationException(error, error.getDescription(), e);
      }
      Map<String, Object> claims = user.getClaims();
      Object subject = claims.get(properties.subjectClaim());
      if (subject == null || String.valueOf(subject).isBlank()) {
        OAuth2Error error =
            new OAuth2Error(
                "invalid_id_token",
                "the identity provider gave no " + properties.subjectClaim() + " claim",
                null);
        throw new OAuth2AuthenticationException(error, error.getDescription());
      }
      Object name = claims.get(properties.nameClaim());
      return new NamedOidcUser(
          roles.authorities(claims),
          user.getIdToken(),
          user.getUserInfo(),
          properties.subjectClaim(),
          name == null ? null : String.valueOf(name));
    }
  }

  /** A user signed in by the provider, who knows their display name. */
  static final class NamedOidcUser extends DefaultOidcUser implements SignedInUser.Named {
    private final String displayName;

    NamedOidcUser(
        Collection<? extends GrantedAuthority> authorities,
        OidcIdToken idToken,
        OidcUserInfo userInfo,
        String nameAttributeKey,
        String displayName) {
      super(authorities, idToken, userInfo, nameAttributeKey);
      this.displayName = displayName;
    }

    @Override
    public String displayName() {
      return displayName;
    }

    @Override
    public boolean equals(Object o) {
      return super.equals(o)
          && o instanceof NamedOidcUser n
          && java.util.Objects.equals(displayName, n.displayName);
    }

    @Override
    public int hashCode() {
      return super.hashCode();
    }
  }
}
