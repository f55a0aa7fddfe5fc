package org.openras.service.security;

import com.nimbusds.jose.proc.BadJOSEException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The API's bearer tokens: JWTs signed by one of the identity provider's published keys (found
 * through its discovery document, on the first token, not at start-up), issued by {@code
 * openras.oidc.issuer-uri} for one of {@code openras.oidc.audiences}, within their lifetime (60
 * seconds' clock skew allowed). A refused token says why, in words and as a {@link Reason} the
 * problem detail carries.
 */
final class BearerTokens {
  private BearerTokens() {}

  /** Why a bearer token is refused. */
  enum Reason {
    EXPIRED("expired"),
    SIGNATURE("signature"),
    ISSUER("issuer"),
    AUDIENCE("audience"),
    TYPE("type"),
    MALFORMED("malformed");

    final String code;

    Reason(String code) {
      this.code = code;
    }
  }

  /** A token refused, with the first reason found and every reason in words. */
  static final class RefusedTokenException extends BadJwtException {
    private final Reason reason;

    RefusedTokenException(Reason reason, String message, Throwable cause) {
      super(message, cause);
      this.reason = reason;
    }

    Reason reason() {
      return reason;
    }
  }

  static JwtDecoder decoder(OidcProperties oidc) {
    OAuth2TokenValidator<Jwt> validator = validator(oidc);
    JwtDecoder lazy =
        new SupplierJwtDecoder(
            () -> {
              NimbusJwtDecoder d = NimbusJwtDecoder.withIssuerLocation(oidc.issuerUri()).build();
              d.setJwtValidator(validator);
              return d;
            });
    return checked(lazy);
  }

  /** The checks, each failure worded for the problem detail. */
  static OAuth2TokenValidator<Jwt> validator(OidcProperties oidc) {
    JwtTypeValidator type = new JwtTypeValidator("JWT", "at+jwt");
    type.setAllowEmpty(true);
    List<OAuth2TokenValidator<Jwt>> checks = new ArrayList<>();
    checks.add(
        worded(
            new JwtTimestampValidator(),
            Reason.EXPIRED,
            "the token has expired (or is not valid yet)"));
    checks.add(
        worded(
            new JwtIssuerValidator(oidc.issuerUri()),
            Reason.ISSUER,
            "the token was issued by another issuer than " + oidc.issuerUri()));
    checks.add(
        worded(
            audiences(oidc.audiences()),
            Reason.AUDIENCE,
            "the token is for another application (its aud is not one of "
                + oidc.audiences()
                + ")"));
    checks.add(worded(type, Reason.TYPE, "the token is not an access token (its typ header)"));
    return new DelegatingOAuth2TokenValidator<>(checks);
  }

  /** The token's {@code aud} holds one of the configured audiences (none configured: none). */
  private static OAuth2TokenValidator<Jwt> audiences(List<String> audiences) {
    return new JwtClaimValidator<Collection<String>>(
        JwtClaimNames.AUD, aud -> aud != null && aud.stream().anyMatch(audiences::contains));
  }

  /** A validator whose failure names the reason (the error's URI) and says it in words. */
  private static OAuth2TokenValidator<Jwt> worded(
      OAuth2TokenValidator<Jwt> check, Reason reason, String words) {
    return jwt ->
        check.validate(jwt).hasErrors()
            ? OAuth2TokenValidatorResult.failure(
                new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, words, reason.name()))
            : OAuth2TokenValidatorResult.success();
  }

  /** Turns the decoder's failures into {@link RefusedTokenException}s with their reason. */
  static JwtDecoder checked(JwtDecoder decoder) {
    return token -> {
      try {
        return decoder.decode(token);
      } catch (JwtDecoderInitializationException e) {
        // The discovery document could not be read: not the token's fault. As a JwtException the
        // provider reports it as a service failure, which the API answers with 503.
        throw new JwtException("the identity provider could not be reached", e);
      } catch (JwtValidationException e) {
        Collection<OAuth2Error> errors = e.getErrors();
        Reason first = Reason.MALFORMED;
        List<String> words = new ArrayList<>();
        for (OAuth2Error error : errors) {
          if (words.isEmpty() && error.getUri() != null) {
            first = Reason.valueOf(error.getUri());
          }
          words.add(error.getDescription());
        }
        throw new RefusedTokenException(first, String.join("; ", words), e);
      } catch (BadJwtException e) {
        if (hasCause(e, ParseException.class)) {
          throw new RefusedTokenException(
              Reason.MALFORMED, "the token is not a well-formed signed JWT", e);
        }
        if (hasCause(e, BadJOSEException.class)
            || String.valueOf(e.getMessage()).contains("Unsupported algorithm")) {
          throw new RefusedTokenException(
              Reason.SIGNATURE,
              "the token's signature is not valid (it was not signed with one of the identity"
                  + " provider's published keys)",
              e);
        }
        throw new RefusedTokenException(Reason.MALFORMED, "the token could not be read", e);
      }
      // Any other JwtException (the provider's keys could not be had) is not the token's fault:
      // it goes on as it is, and the API answers 503 (IdentityProvider.api).
    };
  }

  private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A token's authentication: its subject ({@code openras.oidc.subject-claim}) as the name, the
   * roles its role claim grants, and its display name.
   */
  static Converter<Jwt, AbstractAuthenticationToken> authentication(OidcProperties oidc) {
    RoleClaims roles = new RoleClaims(oidc.roleClaim(), oidc.roles());
    return jwt -> {
      String subject = jwt.getClaimAsString(oidc.subjectClaim());
      if (subject == null || subject.isBlank()) {
        String words = "the token has no " + oidc.subjectClaim() + " claim";
        throw new InvalidBearerTokenException(
            words, new RefusedTokenException(Reason.MALFORMED, words, null));
      }
      return new NamedJwtAuthentication(
          jwt, roles.authorities(jwt.getClaims()), subject, jwt.getClaimAsString(oidc.nameClaim()));
    };
  }

  /** A bearer token's authentication that knows the user's display name. */
  static final class NamedJwtAuthentication extends JwtAuthenticationToken
      implements SignedInUser.Named {
    private final String displayName;

    NamedJwtAuthentication(
        Jwt jwt, Collection<? extends GrantedAuthority> roles, String subject, String displayName) {
      super(jwt, roles, subject);
      this.displayName = displayName;
    }

    @Override
    public String displayName() {
      return displayName;
    }

    @Override
    public boolean equals(Object o) {
      return super.equals(o);
    }

    @Override
    public int hashCode() {
      return super.hashCode();
    }
  }
}
