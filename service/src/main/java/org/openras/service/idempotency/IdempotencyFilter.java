package org.openras.service.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.openras.service.problem.ProblemWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The {@code Idempotency-Key} header on the operations of {@link IdempotentOperations}
 * (docs/adr/0022). It runs after Spring Security, so the user is known and allowed. Without the
 * header a request passes untouched. With it:
 *
 * <ul>
 *   <li>a header that is not one value of 1-255 printable ASCII characters: 400 naming it;
 *   <li>the user's key already answered for the same request (same fingerprint): the first answer
 *       again, byte for byte, with {@code Idempotent-Replayed: true}; nothing runs;
 *   <li>the key held by another request: 422 {@code idempotency-key-reused};
 *   <li>the key's first request still being answered (on this instance, or claimed in the database
 *       by another): 409 {@code idempotency-key-in-flight};
 *   <li>a first request: a calculation runs with the claim on the request, and its key is committed
 *       with its audit record (the audit writer's transaction); any other operation claims the key
 *       in the database, runs, and keeps its answer when it is a success (2xx), or gives the key
 *       back when it failed (4xx, 5xx), so the client may retry with the same key.
 * </ul>
 */
@Component
public class IdempotencyFilter extends OncePerRequestFilter {
  private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

  /** The answer headers kept with an answer and sent again on a replay. */
  static final List<String> KEPT_HEADERS =
      List.of(
          "Content-Type",
          "Content-Language",
          "Content-Location",
          "Content-Disposition",
          "Location",
          "ETag",
          "Last-Modified");

  private static final int USER_LENGTH = 200;

  private final IdempotencyKeys keys;
  private final RecordedAnswers recorded;
  private final ProblemWriter problems;
  private final IdempotencyMetrics metrics;
  private final Duration inFlightTimeout;

  /** The keys whose first request this instance is answering now. */
  private final Set<Slot> inFlight = ConcurrentHashMap.newKeySet();

  /** How long a repeat waits for the slot of a request on this instance that may be finishing. */
  static final Duration RELEASE_WAIT = Duration.ofSeconds(1);

  private record Slot(String user, String key) {}

  IdempotencyFilter(
      IdempotencyKeys keys,
      RecordedAnswers recorded,
      ProblemWriter problems,
      IdempotencyMetrics metrics,
      @Value("${openras.idempotency.in-flight-timeout:PT10M}") Duration inFlightTimeout) {
    this.keys = keys;
    this.recorded = recorded;
    this.problems = problems;
    this.metrics = metrics;
    this.inFlightTimeout = inFlightTimeout;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return request.getHeader(IdempotencyKeyHeader.NAME) == null || operation(request).isEmpty();
  }

  private static Optional<IdempotentOperations.Operation> operation(HttpServletRequest request) {
    return IdempotentOperations.match(request.getMethod(), path(request));
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    IdempotentOperations.Operation op = operation(request).orElseThrow();
    List<String> values = Collections.list(request.getHeaders(IdempotencyKeyHeader.NAME));
    String problem = IdempotencyKeyHeader.problem(values);
    if (problem != null) {
      metrics.refused(IdempotencyMetrics.Refusal.INVALID);
      problems.invalidHeader(request, response, IdempotencyKeyHeader.NAME, problem);
      return;
    }
    Authentication who = SecurityContextHolder.getContext().getAuthentication();
    if (who == null || !who.isAuthenticated() || who instanceof AnonymousAuthenticationToken) {
      chain.doFilter(request, response); // security refuses it; nothing to remember
      return;
    }
    byte[] body;
    HttpServletRequest again;
    try {
      if (multipart(request)) {
        // A multipart body is parsed by the container, which reads the stream itself: the parts
        // are read here (the container keeps them for the controller) and fingerprinted.
        body = parts(request);
        again = request;
      } else {
        body = request.getInputStream().readAllBytes();
        again = new ReadAgain(request, body);
      }
    } catch (IOException | ServletException | IllegalStateException unreadable) {
      // Over the size limit, or cut short: answered as it would be without the header.
      chain.doFilter(
          new Unreadable(
              request,
              unreadable instanceof IOException io
                  ? io
                  : new IOException(unreadable.getMessage(), unreadable)),
          response);
      return;
    }
    String path = path(request);
    IdempotencyClaim claim =
        keys.claimFor(
            user(who),
            values.get(0),
            Fingerprint.of(request.getMethod(), path, request.getQueryString(), body),
            request.getMethod(),
            path);
    Slot slot = new Slot(claim.user(), claim.key());
    if (!inFlight.add(slot)) {
      // Held on this instance. The holder may only be finishing (its answer already sent, its
      // slot not yet released): a stored, finished answer is then the answer, as after release.
      Optional<IdempotencyKeys.Stored> done = keys.find(claim.user(), claim.key());
      if (done.isPresent() && !done.get().inFlight()) {
        answerFrom(done.get(), claim, op, request, response);
        return;
      }
      // A refused first request keeps nothing, so nothing stored can tell "finishing" from "still
      // running": wait a moment for the slot, then go on as a first request would.
      if (!released(slot)) {
        inFlight(request, response);
        return;
      }
    }
    try {
      Optional<IdempotencyKeys.Stored> stored = keys.find(claim.user(), claim.key());
      if (stored.isPresent() && !tookOver(stored.get(), claim)) {
        answerFrom(stored.get(), claim, op, request, response);
        return;
      }
      if (op.audited()) {
        // The key is committed with the audit record (AuditCompanion), or not at all.
        again.setAttribute(IdempotencyClaim.ATTRIBUTE, claim);
        chain.doFilter(again, response);
        return;
      }
      if (stored.isEmpty() && !keys.claim(claim)) {
        // Claimed by another instance since we looked.
        Optional<IdempotencyKeys.Stored> now = keys.find(claim.user(), claim.key());
        if (now.isPresent()) {
          answerFrom(now.get(), claim, op, request, response);
        } else {
          inFlight(request, response);
        }
        return;
      }
      runAndKeep(claim, again, response, chain);
    } finally {
      inFlight.remove(slot);
    }
  }

  /**
   * Takes the slot once its holder gives it back, within {@link #RELEASE_WAIT}: a client that
   * retries the moment its first answer arrives (a refusal, say) may come before the holder's
   * thread has let go of it. False when it is still held: the first request is still running.
   */
  private boolean released(Slot slot) {
    long deadline = System.nanoTime() + RELEASE_WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      try {
        Thread.sleep(2);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
      if (inFlight.add(slot)) {
        return true;
      }
    }
    return false;
  }

  /** A claim left in flight too long by the same request (its instance stopped): take it over. */
  private boolean tookOver(IdempotencyKeys.Stored stored, IdempotencyClaim claim) {
    return stored.inFlight()
        && stored.fingerprint().equals(claim.fingerprint())
        && keys.takeOver(claim, keys.now().minus(inFlightTimeout));
  }

  /** A repeat: the first answer, a refusal for another request, or 409 while it is answered. */
  private void answerFrom(
      IdempotencyKeys.Stored stored,
      IdempotencyClaim claim,
      IdempotentOperations.Operation op,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    if (!stored.fingerprint().equals(claim.fingerprint())) {
      metrics.refused(IdempotencyMetrics.Refusal.REUSED);
      problems.idempotencyKeyReused(request, response);
    } else if (stored.inFlight()) {
      inFlight(request, response);
    } else {
      replay(stored, op, response);
    }
  }

  private void inFlight(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    metrics.refused(IdempotencyMetrics.Refusal.IN_FLIGHT);
    problems.idempotencyKeyInFlight(request, response);
  }

  private void replay(
      IdempotencyKeys.Stored stored,
      IdempotentOperations.Operation op,
      HttpServletResponse response)
      throws IOException {
    byte[] body =
        stored.auditId() == null
            ? stored.body()
            : recorded
                .body(stored.auditId())
                .orElseThrow(
                    () ->
                        new IllegalStateException(
                            "no audit record " + stored.auditId() + " for a stored key"));
    // Counted before the body is written: a body of its declared length completes the response,
    // so the client may read it, and look at the meter, before this method returns.
    metrics.replayed(op);
    response.setStatus(stored.status());
    stored.headers().forEach(response::setHeader);
    response.setHeader(IdempotencyKeyHeader.REPLAYED, "true");
    if (body != null) {
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
    }
  }

  /** A first request of an operation that is not audited: run it, and keep a success's answer. */
  private void runAndKeep(
      IdempotencyClaim claim,
      HttpServletRequest request,
      HttpServletResponse response,
      FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    boolean kept = false;
    try {
      chain.doFilter(request, answer);
      int status = answer.getStatus();
      if (status >= 200 && status < 300) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : KEPT_HEADERS) {
          String value =
              name.equals("Content-Type") ? answer.getContentType() : answer.getHeader(name);
          if (value != null) {
            headers.put(name, value);
          }
        }
        try {
          keys.complete(claim, status, headers, answer.getContentAsByteArray());
          kept = true;
        } catch (DataAccessException e) {
          // The work is done and its answer is sent; only a retry after the in-flight timeout
          // would run it again.
          log.error("The answer to an Idempotency-Key could not be kept", e);
        }
      }
    } finally {
      if (!kept) {
        try {
          keys.release(claim);
        } catch (DataAccessException e) {
          log.error("An Idempotency-Key could not be given back", e);
        }
      }
      answer.copyBodyToResponse();
    }
  }

  /**
   * The user the key belongs to: the stable name Spring Security gives (a configured user's name,
   * an identity provider's subject); one longer than the column, as its SHA-256.
   */
  static String user(Authentication who) {
    String name = who.getName();
    if (name.length() <= USER_LENGTH) {
      return name;
    }
    try {
      return "sha256:"
          + HexFormat.of()
              .formatHex(
                  java.security.MessageDigest.getInstance("SHA-256")
                      .digest(name.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean multipart(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null
        && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data");
  }

  /** Each part's name, file name and content, in the order sent: what the fingerprint covers. */
  private static byte[] parts(HttpServletRequest request) throws IOException, ServletException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (jakarta.servlet.http.Part part : request.getParts()) {
      String head =
          part.getName()
              + "\u0000"
              + part.getSubmittedFileName()
              + "\u0000"
              + part.getSize()
              + "\u0000";
      out.write(head.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      try (java.io.InputStream in = part.getInputStream()) {
        in.transferTo(out);
      }
    }
    return out.toByteArray();
  }

  /** The request with its body, read once here, readable again. */
  private static final class ReadAgain extends HttpServletRequestWrapper {
    private final byte[] body;

    ReadAgain(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("read synchronously");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }
  }

  /** The request whose body could not be read: reading it again fails the same way. */
  private static final class Unreadable extends HttpServletRequestWrapper {
    private final IOException failure;

    Unreadable(HttpServletRequest request, IOException failure) {
      super(request);
      this.failure = failure;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      throw failure;
    }
  }
}
