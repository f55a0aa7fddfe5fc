package org.openras.service.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A multipart form (a caseload upload, up to {@code openras.http.max-caseload-size}) is read in
 * full to find its CSRF token, so before that the sender must be signed in (checked from the
 * session alone); the Origin check runs before this one. Anyone else is sent to sign in without a
 * byte of the body read (issue 18, defect 3).
 */
final class SignedInUploads extends OncePerRequestFilter {
  private final AuthenticationEntryPoint signIn;

  SignedInUploads(AuthenticationEntryPoint signIn) {
    this.signIn = signIn;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String type = request.getContentType();
    return "GET".equals(request.getMethod())
        || "HEAD".equals(request.getMethod())
        || type == null
        || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication who = SecurityContextHolder.getContext().getAuthentication();
    if (who == null || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated()) {
      response.setHeader("Connection", "close");
      signIn.commence(request, response, null);
      return;
    }
    chain.doFilter(request, response);
  }
}
