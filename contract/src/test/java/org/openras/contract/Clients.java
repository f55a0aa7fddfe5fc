package org.openras.contract;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.openras.client.ApiClient;
import org.openras.client.ApiException;
import org.openras.client.model.ProblemDetail;

/**
 * Generated clients, one per demonstration user, as a council's developer would set them up: the
 * service's address, HTTP Basic credentials on every request, and the client's own mapper made
 * strict (an unknown member fails the parse). Every answer passes {@link ResponseCheck} first.
 */
final class Clients {
  static final ResponseCheck CHECK =
      new ResponseCheck(Path.of(System.getProperty("openras.openapi.document")));

  private Clients() {}

  /** A demonstration user, whose password is the name followed by "-demo". */
  static ApiClient as(String user) {
    return as(user, user + "-demo");
  }

  static ApiClient as(String user, String password) {
    ServiceUnderTest service = ServiceUnderTest.get();
    ApiClient client = new ApiClient();
    client.setHttpClientBuilder(CheckedHttpClient.builder(CHECK));
    client.setObjectMapper(strict());
    client.updateBaseUri("http://127.0.0.1:" + service.port);
    String basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    client.setRequestInterceptor(request -> request.header("Authorization", basic));
    return client;
  }

  /** The generated client's own mapper, refusing members the document does not name. */
  static ObjectMapper strict() {
    return ApiClient.createDefaultObjectMapper()
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
  }

  /** A refusal's body, read strictly as the document's problem detail. */
  static ProblemDetail problem(ApiException refused) {
    try {
      return strict().readValue(refused.getResponseBody(), ProblemDetail.class);
    } catch (java.io.IOException e) {
      throw new AssertionError(
          "not a problem detail: " + refused.getCode() + " " + refused.getResponseBody(), e);
    }
  }
}
