package org.openras.service.web;

import org.openras.service.security.Role;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The pages' start page (what a signed-in user may do) and the sign-in page. */
@Controller
class HomePages {
  @GetMapping("/web")
  String home(Authentication who, Model model) {
    model.addAttribute("user", who.getName());
    model.addAttribute("assessor", has(who, Role.ASSESSOR));
    model.addAttribute("auditor", has(who, Role.AUDITOR));
    model.addAttribute("policy", has(who, Role.POLICY));
    model.addAttribute("finance", has(who, Role.FINANCE));
    return "web/home";
  }

  private static boolean has(Authentication who, Role role) {
    return who.getAuthorities().stream()
        .anyMatch(a -> ("ROLE_" + role.name()).equals(a.getAuthority()));
  }

  @GetMapping(WebSecurity.SIGN_IN)
  String signIn() {
    return "web/sign-in";
  }
}
