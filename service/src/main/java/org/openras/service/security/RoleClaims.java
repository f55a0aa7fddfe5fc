package org.openras.service.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The roles a token's claims grant: the values of one claim (a list of strings, or one string),
 * each looked up in the configured mapping ({@code openras.oidc.roles.<role>=value,...}). A value
 * mapped to no role grants nothing; values are compared exactly (Entra's group object ids and app
 * role values as the portal shows them). A claim name with dots that is not itself a claim is read
 * as a path into nested objects ({@code realm_access.roles}).
 */
final class RoleClaims {
  private final String claim;
  private final Map<String, Set<Role>> byValue = new HashMap<>();

  RoleClaims(String claim, Map<Role, List<String>> roles) {
    this.claim = claim;
    roles.forEach(
        (role, values) ->
            values.forEach(
                v ->
                    byValue.computeIfAbsent(v.strip(), k -> EnumSet.noneOf(Role.class)).add(role)));
  }

  /** The roles the claims grant, in the enum's order. */
  Set<Role> roles(Map<String, Object> claims) {
    Set<Role> granted = EnumSet.noneOf(Role.class);
    Object value = value(claims);
    if (value instanceof Collection<?> values) {
      for (Object v : values) {
        grant(String.valueOf(v), granted);
      }
    } else if (value != null) {
      grant(String.valueOf(value), granted);
    }
    return granted;
  }

  /** As {@link #roles}, as Spring Security's {@code ROLE_} authorities. */
  List<GrantedAuthority> authorities(Map<String, Object> claims) {
    return roles(claims).stream()
        .<GrantedAuthority>map(r -> new SimpleGrantedAuthority("ROLE_" + r.name()))
        .toList();
  }

  private void grant(String value, Set<Role> granted) {
    Set<Role> roles = byValue.get(value.strip());
    if (roles != null) {
      granted.addAll(roles);
    }
  }

  private Object value(Map<String, Object> claims) {
    if (claims.containsKey(claim) || !claim.contains(".")) {
      return claims.get(claim);
    }
    Object at = claims;
    for (String part : claim.split("\\.")) {
      if (!(at instanceof Map<?, ?> map)) {
        return null;
      }
      at = map.get(part);
    }
    return at;
  }
}
