package org.openras.service.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * What a state-changing API request must declare before its body is read (415 otherwise), so that
 * no request a browser may send from another site without asking first (a form's or a plain-text
 * body, or none at all) reaches an endpoint that acts on a body: an operation that reads a body
 * needs the {@code Content-Type} it takes ({@code application/json}, or the caseload upload's JSON
 * Lines or multipart); one that reads none (replay, cancel) takes no body but JSON.
 */
final class ApiRequestBodies implements HandlerInterceptor {
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object h)
      throws HttpMediaTypeNotSupportedException {
    if (SAFE.contains(request.getMethod()) || !(h instanceof HandlerMethod handler)) {
      return true;
    }
    MediaType type = type(request.getContentType());
    if (readsBody(handler)) {
      if (type == null) {
        throw new HttpMediaTypeNotSupportedException(
            "A Content-Type is required", List.of(MediaType.APPLICATION_JSON));
      }
    } else if (type != null && !MediaType.APPLICATION_JSON.isCompatibleWith(type)) {
      throw new HttpMediaTypeNotSupportedException(
          type, List.of(MediaType.APPLICATION_JSON), HttpMethod.valueOf(request.getMethod()));
    }
    return true;
  }

  private static boolean readsBody(HandlerMethod handler) {
    return Arrays.stream(handler.getMethodParameters())
        .anyMatch(
            p ->
                p.hasParameterAnnotation(RequestBody.class)
                    || p.hasParameterAnnotation(RequestPart.class)
                    || InputStream.class.isAssignableFrom(p.getParameterType()));
  }

  private static MediaType type(String header) throws HttpMediaTypeNotSupportedException {
    if (header == null || header.isBlank()) {
      return null;
    }
    try {
      return MediaType.parseMediaType(header);
    } catch (InvalidMediaTypeException e) {
      throw new HttpMediaTypeNotSupportedException(e.getMessage());
    }
  }
}
