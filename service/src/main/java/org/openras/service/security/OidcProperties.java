package org.openras.service.security;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code openras.oidc.*}: the council's OpenID Connect identity provider (docs/adr/0018). Set
 * {@code issuer-uri} and the service trusts that provider: the pages offer "Sign in with
 * <provider-name>" (authorization code with PKCE, when a {@code client-id} is set) and the API
 * takes its bearer tokens (JWTs whose issuer is {@code issuer-uri} and whose audience is one of
 * {@code audiences}). Roles come from the claim {@code role-claim} (Microsoft Entra ID: {@code
 * roles} for app roles, {@code groups} for group object ids), each value mapped to one or more
 * roles by {@code roles.<role>}.
 *
 * @param issuerUri the issuer, exactly as the provider's discovery document names it
 * @param clientId the pages' client (application) id at the provider; without it only the API takes
 *     the provider's tokens
 * @param clientSecret the pages' client secret; blank for a public client (PKCE alone)
 * @param audiences the {@code aud} values a bearer token may carry; empty means {@code client-id}
 * @param providerName the name on the sign-in button ("Sign in with ...")
 * @param scopes the scopes asked for at sign-in
 * @param roleClaim the claim whose values name the user's groups or app roles
 * @param roles for each role, the claim values that grant it
 * @param subjectClaim the claim that identifies a user for good ({@code sub}; Entra: {@code oid})
 * @param nameClaim the claim with the user's display name, kept beside the subject in records
 */
@ConfigurationProperties("openras.oidc")
public record OidcProperties(
    String issuerUri,
    String clientId,
    String clientSecret,
    List<String> audiences,
    String providerName,
    List<String> scopes,
    String roleClaim,
    Map<Role, List<String>> roles,
    String subjectClaim,
    String nameClaim) {

  public OidcProperties {
    issuerUri = blankToNull(issuerUri);
    clientId = blankToNull(clientId);
    clientSecret = blankToNull(clientSecret);
    audiences =
        audiences == null || audiences.isEmpty()
            ? (clientId == null ? List.of() : List.of(clientId))
            : List.copyOf(audiences);
    providerName =
        providerName == null || providerName.isBlank() ? "your council account" : providerName;
    scopes =
        scopes == null || scopes.isEmpty()
            ? List.of("openid", "profile", "email")
            : List.copyOf(scopes);
    roleClaim = roleClaim == null || roleClaim.isBlank() ? "roles" : roleClaim;
    EnumMap<Role, List<String>> copy = new EnumMap<>(Role.class);
    if (roles != null) {
      roles.forEach(
          (role, values) -> copy.put(role, values == null ? List.of() : List.copyOf(values)));
    }
    roles = Map.copyOf(copy);
    subjectClaim = subjectClaim == null || subjectClaim.isBlank() ? "sub" : subjectClaim;
    nameClaim = nameClaim == null || nameClaim.isBlank() ? "name" : nameClaim;
  }

  /** True when an issuer is configured: the provider's tokens are then accepted. */
  public boolean enabled() {
    return issuerUri != null;
  }

  /** True when the pages can sign in with the provider (an issuer and a client id). */
  public boolean pages() {
    return issuerUri != null && clientId != null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
