package org.openras.service.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.openras.service.security.Role;
import org.openras.service.security.SignedInUser;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives every page under {@code /web} what the layout's header shows ({@link Navigation}): the
 * signed-in user's name and roles, their roles' sections (the page's own marked), and the page's
 * breadcrumbs.
 */
@Configuration(proxyBeanMethods = false)
class PageFrame implements WebMvcConfigurer {
  /** The model attribute the layout reads. */
  static final String ATTRIBUTE = "frame";

  /** What the header shows: null user when nobody is signed in (the sign-in page). */
  public record Frame(
      String user,
      String roles,
      java.util.List<Navigation.Link> sections,
      java.util.List<Navigation.Link> breadcrumbs) {}

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new Interceptor()).addPathPatterns("/web", "/web/**");
  }

  /**
   * Sets the frame as a request attribute before the handler runs, so that a page rendered by an
   * exception handler (a "not found" page) or the error page after a forward has it too; Thymeleaf
   * reads request attributes as variables.
   */
  static final class Interceptor implements HandlerInterceptor {
    @Override
    public boolean preHandle(
        HttpServletRequest request, HttpServletResponse response, Object handler) {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      request.setAttribute(
          ATTRIBUTE, frame(SecurityContextHolder.getContext().getAuthentication(), path));
      return true;
    }
  }

  static Frame frame(Authentication who, String path) {
    boolean signedIn =
        who != null
            && who.isAuthenticated()
            && who.getAuthorities().stream().anyMatch(a -> roleOf(a) != null);
    if (!signedIn) {
      return new Frame(null, null, java.util.List.of(), Navigation.breadcrumbs(path));
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    who.getAuthorities().stream().map(PageFrame::roleOf).filter(r -> r != null).forEach(roles::add);
    String words =
        roles.stream()
            .map(r -> r.name().charAt(0) + r.name().substring(1).toLowerCase(java.util.Locale.UK))
            .collect(Collectors.joining(", "));
    return new Frame(
        SignedInUser.displayName(who),
        words,
        Navigation.sections(roles, path),
        Navigation.breadcrumbs(path));
  }

  private static Role roleOf(GrantedAuthority a) {
    String name = a.getAuthority();
    if (name == null || !name.startsWith("ROLE_")) {
      return null;
    }
    return Arrays.stream(Role.values())
        .filter(r -> r.name().equals(name.substring(5)))
        .findFirst()
        .orElse(null);
  }
}
