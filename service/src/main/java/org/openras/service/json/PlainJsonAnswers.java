package org.openras.service.json;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * An answer that is not a problem detail is application/json, whatever the Accept header lists. A
 * generated client accepts both {@code application/json} and {@code application/problem+json} on
 * every call (its operations declare both); the JSON converter supports {@code application/*+json},
 * so Spring could pick the problem type for a result, which a client reads as a refusal (issue 20).
 * Problem details keep their own type.
 */
@RestControllerAdvice
class PlainJsonAnswers implements ResponseBodyAdvice<Object> {

  @Override
  public boolean supports(
      MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
    return true;
  }

  @Override
  public Object beforeBodyWrite(
      Object body,
      MethodParameter returnType,
      MediaType selectedContentType,
      Class<? extends HttpMessageConverter<?>> selectedConverterType,
      ServerHttpRequest request,
      ServerHttpResponse response) {
    if (!(body instanceof ProblemDetail)
        && MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(selectedContentType)
        && selectedContentType.isConcrete()) {
      response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
    }
    return body;
  }
}
