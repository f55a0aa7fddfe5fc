package org.openras.service.web;

import org.openras.service.security.IdentityProvider;
import org.openras.service.security.Role;
import org.openras.service.security.SignedInUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The pages' start page (what a signed-in user may do) and the sign-in page. */
@Controller
class HomePages {
  private final ObjectProvider<IdentityProvider> identityProvider;

  HomePages(ObjectProvider<IdentityProvider> identityProvider) {
    this.identityProvider = identityProvider;
  }

  @GetMapping("/web")
  String home(Authentication who, Model model) {
    model.addAttribute("user", SignedInUser.displayName(who));
    model.addAttribute("assessor", has(who, Role.ASSESSOR));
    model.addAttribute("auditor", has(who, Role.AUDITOR));
    model.addAttribute("policy", has(who, Role.POLICY));
    model.addAttribute("finance", has(who, Role.FINANCE));
    model.addAttribute("panel", has(who, Role.PANEL));
    return "web/home";
  }

  private static boolean has(Authentication who, Role role) {
    return who.getAuthorities().stream()
        .anyMatch(a -> ("ROLE_" + role.name()).equals(a.getAuthority()));
  }

  @GetMapping(WebSecurity.SIGN_IN)
  String signIn(Model model) {
    // "Sign in with <provider>" when the council's identity provider is configured.
    IdentityProvider idp = identityProvider.getIfAvailable();
    model.addAttribute("provider", idp == null ? null : idp.signInName());
    model.addAttribute("providerStart", IdentityProvider.SIGN_IN_START);
    return "web/sign-in";
  }
}
