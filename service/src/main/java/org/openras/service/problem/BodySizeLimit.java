package org.openras.service.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Predicate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body over the limit with 413, before anything reads it: at once when its
 * declared length is over, and as soon as the limit is passed when it is sent without one.
 */
class BodySizeLimit extends OncePerRequestFilter {
  private final long limit;
  private final ProblemWriter problems;
  private final Predicate<String> appliesTo;

  /** A limit for the requests whose path (within the application) {@code appliesTo} accepts. */
  BodySizeLimit(long limit, ProblemWriter problems, Predicate<String> appliesTo) {
    this.limit = limit;
    this.problems = problems;
    this.appliesTo = appliesTo;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !appliesTo.test(path);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > limit) {
      problems.tooLarge(request, response, limit);
      return;
    }
    chain.doFilter(new Limited(request, limit), response);
  }

  /** Thrown while reading a body that passes the limit; answered with 413. */
  static final class TooLargeException extends IOException {
    final long limit;

    TooLargeException(long limit) {
      super("The request body is over " + limit + " bytes");
      this.limit = limit;
    }
  }

  private static final class Limited extends HttpServletRequestWrapper {
    private final long limit;

    Limited(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      return new Counting(super.getInputStream(), limit);
    }
  }

  private static final class Counting extends ServletInputStream {
    private final ServletInputStream in;
    private final long limit;
    private long read;

    Counting(ServletInputStream in, long limit) {
      this.in = in;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      count(Math.max(n, 0));
      return n;
    }

    private void count(int n) throws TooLargeException {
      read += n;
      if (read > limit) {
        throw new TooLargeException(limit);
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
