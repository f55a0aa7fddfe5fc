package org.openras.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openras.service.RawHttp;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The finance pages' uploads (issue 18, defects 3 and 5): nobody's multipart body is read before
 * they are known to be signed in, and the envelope form takes a caseload as large as the scenario
 * form does (its own page with its problems, not the API's 413).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UploadLimitsTest {
  @LocalServerPort int port;

  /**
   * A body of 100 MB announced and never sent: an answer within five seconds shows none of it was
   * waited for.
   */
  @Test
  void anAnonymousUploadIsAnsweredBeforeItsBodyIsRead() {
    for (String path :
        new String[] {
          "/web/finance/scenarios", "/web/finance/calibrations", "/web/finance/envelopes"
        }) {
      RawHttp.Answer answer =
          RawHttp.send(
              port,
              "POST "
                  + path
                  + " HTTP/1.1\r\nHost: localhost:"
                  + port
                  + "\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: 104857600",
              "--x\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
              5_000);
      assertThat(answer.status()).as(path + " answered at once").isEqualTo(302);
      assertThat(answer.header("Location")).endsWith("/web/sign-in");
    }
  }

  @Test
  void aCaseloadOverTheBodyLimitIsTakenByTheEnvelopeForm() throws Exception {
    WebSession web = new WebSession(port);
    web.signIn("finance");
    byte[] caseload =
        "{}\n".repeat(268 * 1024 / 3).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    var answer =
        web.postMultipart(
            "/web/finance/envelopes/new",
            "/web/finance/envelopes",
            Map.of("source", "upload", "financialYear", "2025", "targetAnnual", "1000000.00"),
            "caseload.jsonl",
            caseload);
    assertThat(answer.statusCode()).as(answer.body()).isNotEqualTo(413);
    assertThat(answer.headers().firstValue("Content-Type").orElse("")).doesNotContain("problem");
  }
}
