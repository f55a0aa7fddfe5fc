package org.openras.contract;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;

/**
 * The generated client's HTTP client, with every answer checked against the served document before
 * the client reads it ({@link ResponseCheck}): the exchange is read whole, checked, then handed to
 * the client's own body handler unchanged. Nothing else differs from Java's client.
 */
final class CheckedHttpClient extends HttpClient {
  private final HttpClient http;
  private final ResponseCheck check;

  CheckedHttpClient(HttpClient http, ResponseCheck check) {
    this.http = http;
    this.check = check;
  }

  /** A builder the generated ApiClient can be given: it builds this checked client. */
  static HttpClient.Builder builder(ResponseCheck check) {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    CheckedHttpClient checked = new CheckedHttpClient(http, check);
    return (HttpClient.Builder)
        java.lang.reflect.Proxy.newProxyInstance(
            HttpClient.Builder.class.getClassLoader(),
            new Class<?>[] {HttpClient.Builder.class},
            (proxy, method, args) ->
                method.getName().equals("build")
                    ? checked
                    : method.getReturnType() == HttpClient.Builder.class ? proxy : null);
  }

  @Override
  public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
      throws IOException, InterruptedException {
    HttpResponse<byte[]> raw = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    check.check(request, raw);
    T body = replay(raw, handler);
    return new Answer<>(raw, body);
  }

  /** The client's body handler fed the bytes already read. */
  private static <T> T replay(HttpResponse<byte[]> raw, HttpResponse.BodyHandler<T> handler) {
    HttpResponse.ResponseInfo info =
        new HttpResponse.ResponseInfo() {
          @Override
          public int statusCode() {
            return raw.statusCode();
          }

          @Override
          public HttpHeaders headers() {
            return raw.headers();
          }

          @Override
          public HttpClient.Version version() {
            return raw.version();
          }
        };
    HttpResponse.BodySubscriber<T> subscriber = handler.apply(info);
    subscriber.onSubscribe(
        new Flow.Subscription() {
          @Override
          public void request(long n) {}

          @Override
          public void cancel() {}
        });
    subscriber.onNext(List.of(ByteBuffer.wrap(raw.body())));
    subscriber.onComplete();
    return subscriber.getBody().toCompletableFuture().join();
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(
      HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return send(request, handler);
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
          }
        });
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(
      HttpRequest request,
      HttpResponse.BodyHandler<T> handler,
      HttpResponse.PushPromiseHandler<T> push) {
    return sendAsync(request, handler);
  }

  @Override
  public Optional<CookieHandler> cookieHandler() {
    return http.cookieHandler();
  }

  @Override
  public Optional<Duration> connectTimeout() {
    return http.connectTimeout();
  }

  @Override
  public Redirect followRedirects() {
    return http.followRedirects();
  }

  @Override
  public Optional<ProxySelector> proxy() {
    return http.proxy();
  }

  @Override
  public SSLContext sslContext() {
    return http.sslContext();
  }

  @Override
  public SSLParameters sslParameters() {
    return http.sslParameters();
  }

  @Override
  public Optional<Authenticator> authenticator() {
    return http.authenticator();
  }

  @Override
  public Version version() {
    return http.version();
  }

  @Override
  public Optional<Executor> executor() {
    return http.executor();
  }

  /** The answer as read, its body what the client's handler made of the bytes. */
  private record Answer<T>(HttpResponse<byte[]> raw, T body) implements HttpResponse<T> {
    @Override
    public int statusCode() {
      return raw.statusCode();
    }

    @Override
    public HttpRequest request() {
      return raw.request();
    }

    @Override
    public Optional<HttpResponse<T>> previousResponse() {
      return Optional.empty();
    }

    @Override
    public HttpHeaders headers() {
      return raw.headers();
    }

    @Override
    public Optional<SSLSession> sslSession() {
      return raw.sslSession();
    }

    @Override
    public java.net.URI uri() {
      return raw.uri();
    }

    @Override
    public HttpClient.Version version() {
      return raw.version();
    }
  }
}
