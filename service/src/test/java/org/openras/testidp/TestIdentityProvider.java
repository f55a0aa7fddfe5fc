package org.openras.testidp;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * A real OpenID Connect provider for the tests, run in-process: Spring Security's authorization
 * server (docs/adr/0018) on a random port of the loopback address, with its own signing key,
 * discovery document, authorization endpoint with a sign-in form, token endpoint, user info and
 * RP-initiated logout. Outside the service's packages, so the service's component scan never sees
 * it.
 *
 * <p>Its people and programs, each with the {@code groups} an Entra ID tenant would put in its
 * tokens and an Entra-like {@code oid}:
 *
 * <ul>
 *   <li>users (password {@code <name>-pass}) {@code ann} (assessors), {@code fay} (finance and
 *       policy), {@code nia} (no group OpenRAS knows);
 *   <li>programs (client credentials, secret {@code <name>-secret}) {@code api-assessor}, {@code
 *       api-finance}, {@code api-policy}, {@code api-auditor}, {@code api-nobody}, whose access
 *       tokens are for {@link #API_AUDIENCE}; {@code api-other-audience}, whose tokens are for
 *       itself; {@code api-expired}, whose tokens expired an hour before they were issued.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class TestIdentityProvider {
  public static final String API_AUDIENCE = "openras-api";
  public static final String PAGES_CLIENT = "openras-pages";
  public static final String PAGES_SECRET = "pages-secret";

  /** Each user's and program's groups, display name and Entra-like object id. */
  public record Person(List<String> groups, String name, String oid) {}

  public static final Map<String, Person> PEOPLE =
      Map.of(
          "ann", new Person(List.of("g-assessors"), "Ann Example", oid("ann")),
          "fay", new Person(List.of("g-finance", "g-policy"), "Fay Example", oid("fay")),
          "nia", new Person(List.of("g-unrelated"), "Nia Example", oid("nia")),
          "api-assessor", new Person(List.of("g-assessors"), "Assessment robot", oid("a")),
          "api-finance", new Person(List.of("g-finance"), "Finance robot", oid("f")),
          "api-policy", new Person(List.of("g-policy"), "Policy robot", oid("p")),
          "api-auditor", new Person(List.of("g-auditors"), "Audit robot", oid("u")),
          "api-nobody", new Person(List.of(), "Roleless robot", oid("n")),
          "api-other-audience", new Person(List.of("g-assessors"), "Elsewhere", oid("o")),
          "api-expired", new Person(List.of("g-assessors"), "Late robot", oid("e")));

  private final InMemoryRegisteredClientRepository clients =
      new InMemoryRegisteredClientRepository(clients());

  /** Starts the provider; {@link #issuer} names it. */
  public static ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(TestIdentityProvider.class)
        .web(WebApplicationType.SERVLET)
        .properties("spring.config.name=test-identity-provider", "spring.main.banner-mode=off")
        .run();
  }

  /** The issuer: {@code http://localhost:<port>} (the service's pages are on 127.0.0.1). */
  public static String issuer(ConfigurableApplicationContext idp) {
    return "http://localhost:" + ((WebServerApplicationContext) idp).getWebServer().getPort();
  }

  /** Lets the pages' client come back to the service on its port (known once it has started). */
  public static void allowPages(ConfigurableApplicationContext idp, String serviceBase) {
    InMemoryRegisteredClientRepository repository = idp.getBean(TestIdentityProvider.class).clients;
    RegisteredClient pages = repository.findByClientId(PAGES_CLIENT);
    repository.save(
        RegisteredClient.from(pages)
            .redirectUris(u -> u.add(serviceBase + "/web/login/oauth2/code/oidc"))
            .postLogoutRedirectUris(u -> u.add(serviceBase + "/web/sign-in?signedOut"))
            .build());
  }

  @Bean
  TomcatServletWebServerFactory webServer() {
    TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
    factory.setAddress(InetAddress.getLoopbackAddress());
    // Tomcat runs filters (the provider is all filters) only for a request some servlet maps.
    factory.setRegisterDefaultServlet(true);
    return factory;
  }

  @Bean
  SecurityFilterChain identityProvider(HttpSecurity http, JWKSource<SecurityContext> keys)
      throws Exception {
    http.authorizeHttpRequests(a -> a.anyRequest().authenticated())
        .oauth2AuthorizationServer(s -> s.oidc(Customizer.withDefaults()))
        // The user info endpoint takes the provider's own access tokens.
        .oauth2ResourceServer(r -> r.jwt(j -> j.decoder(decoder(keys))))
        .formLogin(Customizer.withDefaults());
    return http.build();
  }

  private static JwtDecoder decoder(JWKSource<SecurityContext> keys) {
    return NimbusJwtDecoder.withJwkSource(keys).build();
  }

  @Bean
  InMemoryRegisteredClientRepository registeredClients() {
    return clients;
  }

  private static List<RegisteredClient> clients() {
    RegisteredClient pages =
        RegisteredClient.withId(UUID.randomUUID().toString())
            .clientId(PAGES_CLIENT)
            .clientSecret("{noop}" + PAGES_SECRET)
            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .redirectUri("http://127.0.0.1/web/login/oauth2/code/oidc")
            .scope(OidcScopes.OPENID)
            .scope(OidcScopes.PROFILE)
            .scope(OidcScopes.EMAIL)
            // The service must send a PKCE challenge (issue 19), or the provider refuses it.
            .clientSettings(
                ClientSettings.builder()
                    .requireProofKey(true)
                    .requireAuthorizationConsent(false)
                    .build())
            .build();
    List<RegisteredClient> all = new java.util.ArrayList<>(List.of(pages));
    for (String program : PEOPLE.keySet()) {
      if (program.startsWith("api-")) {
        all.add(
            RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(program)
                .clientSecret("{noop}" + program + "-secret")
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scope("openras")
                .build());
      }
    }
    return all;
  }

  @Bean
  UserDetailsService people() {
    return new InMemoryUserDetailsManager(
        PEOPLE.keySet().stream()
            .filter(n -> !n.startsWith("api-"))
            .map(n -> User.withUsername(n).password("{noop}" + n + "-pass").roles("USER").build())
            .toList());
  }

  /** Adds each person's groups, name and oid; sets the API's audience; back-dates api-expired. */
  @Bean
  OAuth2TokenCustomizer<JwtEncodingContext> claims() {
    return context -> {
      String who = context.getPrincipal().getName();
      Person person = PEOPLE.get(who);
      if (person == null) {
        return;
      }
      boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
      boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
      if (!idToken && !accessToken) {
        return;
      }
      context
          .getClaims()
          .claim("groups", person.groups())
          .claim("name", person.name())
          .claim("oid", person.oid());
      if (accessToken && who.startsWith("api-") && !who.equals("api-other-audience")) {
        context.getClaims().audience(List.of(API_AUDIENCE));
      }
      if (accessToken && who.equals("api-expired")) {
        Instant now = Instant.now();
        context
            .getClaims()
            .issuedAt(now.minus(Duration.ofHours(2)))
            .notBefore(now.minus(Duration.ofHours(2)))
            .expiresAt(now.minus(Duration.ofHours(1)));
      }
    };
  }

  @Bean
  JWKSource<SecurityContext> keys() throws JOSEException {
    RSAKey key = new RSAKeyGenerator(2048).keyID("test-idp-key").generate();
    return new ImmutableJWKSet<>(new JWKSet(key));
  }

  @Bean
  AuthorizationServerSettings settings() {
    return AuthorizationServerSettings.builder().build();
  }

  private static String oid(String who) {
    return UUID.nameUUIDFromBytes(("oid:" + who).getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .toString();
  }
}
