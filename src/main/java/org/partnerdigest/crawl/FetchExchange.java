package org.partnerdigest.crawl;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.InstantSource;
import java.util.Locale;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.impl.EnglishReasonPhraseCatalog;
import org.partnerdigest.crawl.FetchOutcome.Failed;

/**
 * One fetch of {@link FeedFetcher}: its redirect hops (each re-checked by the address guard in name
 * resolution), its total deadline, its status handling. Used once, by one thread.
 */
final class FetchExchange {

  private final FetchSettings settings;
  private final InstantSource clock;
  private final CloseableHttpClient client;
  private final ScheduledExecutorService alarms;
  private final URI url;
  private final String etag;
  private final String lastModified;
  private final long deadlineNanos;
  private URI movedTo;
  private boolean permanentSoFar = true;

  FetchExchange(
      FetchSettings settings,
      InstantSource clock,
      CloseableHttpClient client,
      ScheduledExecutorService alarms,
      URI url,
      String etag,
      String lastModified) {
    this.settings = settings;
    this.clock = clock;
    this.client = client;
    this.alarms = alarms;
    this.url = url;
    this.etag = etag;
    this.lastModified = lastModified;
    this.deadlineNanos = System.nanoTime() + settings.deadline().toNanos();
  }

  FetchOutcome run() {
    URI current = url;
    for (int hop = 0; ; hop++) {
      FetchTarget target;
      try {
        target = FetchTarget.of(current);
      } catch (IllegalArgumentException e) {
        return new Failed(e.getMessage());
      }
      Hop result = request(target.uri(), hop);
      if (result.outcome() != null) {
        return result.outcome();
      }
      current = result.next();
    }
  }

  private Hop request(URI uri, int hop) {
    long remaining = deadlineNanos - System.nanoTime();
    if (remaining <= 0) {
      return Hop.done(timedOut());
    }
    HttpGet get = new HttpGet(uri);
    get.setHeader("Accept", FeedFetcher.ACCEPT);
    get.setHeader("Accept-Encoding", "gzip, deflate");
    if (etag != null && !etag.isBlank()) {
      get.setHeader("If-None-Match", etag);
    }
    if (lastModified != null && !lastModified.isBlank()) {
      get.setHeader("If-Modified-Since", lastModified);
    }
    AtomicBoolean late = new AtomicBoolean();
    ScheduledFuture<?> alarm =
        alarms.schedule(
            () -> {
              late.set(true);
              get.cancel();
            },
            remaining,
            TimeUnit.NANOSECONDS);
    ClassicHttpResponse response = null;
    try {
      response = client.executeOpen(null, get, null);
      return respond(uri, hop, response);
    } catch (BodyReader.TooLargeException e) {
      return Hop.done(
          new Failed("body larger than " + FetchSettings.bytes(settings.maxBodyBytes())));
    } catch (IOException e) {
      return Hop.done(
          late.get() || e instanceof BodyReader.DeadlineException
              ? timedOut()
              : new Failed(failure(e)));
    } finally {
      alarm.cancel(false);
      // A body read to its end has already given its connection back to the pool, so this only
      // drops connections with unread bytes (an error page, a redirect, a body over the cap):
      // closing the response first would read them to the end, for ever if they never end.
      get.cancel();
      closeQuietly(response);
    }
  }

  private Hop respond(URI uri, int hop, ClassicHttpResponse response) throws IOException {
    int code = response.getCode();
    String location = header(response, "Location");
    if (code == 301 || code == 302 || code == 303 || code == 307 || code == 308) {
      if (location == null) {
        return Hop.done(new Failed(status(response) + " without a Location"));
      }
      if (hop >= settings.maxRedirects()) {
        return Hop.done(
            new Failed("too many redirects (more than " + settings.maxRedirects() + ")"));
      }
      URI next;
      try {
        next = uri.resolve(location.strip());
      } catch (IllegalArgumentException e) {
        return Hop.done(new Failed(status(response) + " to a bad Location: " + location));
      }
      boolean permanent = code == 301 || code == 308;
      permanentSoFar &= permanent;
      if (permanentSoFar) {
        movedTo = next;
      }
      return Hop.next(next);
    }
    if (code == 304) {
      return Hop.done(new FetchOutcome.NotModified(movedTo));
    }
    if (code == 410) {
      return Hop.done(new FetchOutcome.Gone(status(response)));
    }
    if (code == 429 || code == 503) {
      return Hop.done(
          new FetchOutcome.RateLimited(
              RetryAfter.parse(
                  header(response, "Retry-After"), clock.instant(), settings.maxRetryAfter()),
              status(response)));
    }
    if (code < 200 || code >= 300 || code == 204) {
      return Hop.done(new Failed(status(response)));
    }
    HttpEntity entity = response.getEntity();
    if (entity != null && entity.getContentLength() > settings.maxBodyBytes()) {
      throw new BodyReader.TooLargeException();
    }
    byte[] body = new byte[0];
    if (entity != null) {
      // Never closed here: closing an entity stream drains it (see request()).
      InputStream in = entity.getContent();
      body =
          BodyReader.read(
              in,
              header(response, "Content-Encoding"),
              settings.maxBodyBytes(),
              () -> System.nanoTime() - deadlineNanos > 0);
      in.read(); // a decoder may stop just before the end; reaching it frees the connection
    }
    return Hop.done(
        new FetchOutcome.Fetched(
            body,
            header(response, "Content-Type"),
            uri,
            header(response, "ETag"),
            header(response, "Last-Modified"),
            movedTo,
            header(response, "Content-Language"),
            header(response, "Content-Location")));
  }

  private Failed timedOut() {
    return new Failed(
        "unreachable: timed out after " + FetchSettings.duration(settings.deadline()));
  }

  private String failure(IOException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof RefusedDestinationException) {
        return t.getMessage();
      }
    }
    return switch (e) {
      case UnknownHostException u -> "unreachable: unknown host " + u.getMessage();
      case ConnectTimeoutException c ->
          "unreachable: connect timed out after "
              + FetchSettings.duration(settings.connectTimeout());
      case NoRouteToHostException n -> "unreachable: no route to host";
      case ConnectException c -> "unreachable: connection refused";
      case SocketTimeoutException s ->
          "unreachable: timed out after " + FetchSettings.duration(settings.deadline());
      case SSLException s -> "unreachable: TLS error: " + s.getMessage();
      default ->
          "unreachable: "
              + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    };
  }

  /** Either an outcome or the next URL to request. */
  private record Hop(FetchOutcome outcome, URI next) {
    static Hop done(FetchOutcome outcome) {
      return new Hop(outcome, null);
    }

    static Hop next(URI next) {
      return new Hop(null, next);
    }
  }

  private static String header(ClassicHttpResponse response, String name) {
    Header header = response.getFirstHeader(name);
    return header == null ? null : header.getValue();
  }

  private static String status(ClassicHttpResponse response) {
    String reason = response.getReasonPhrase();
    if (reason == null || reason.isBlank()) {
      reason = EnglishReasonPhraseCatalog.INSTANCE.getReason(response.getCode(), Locale.ENGLISH);
    }
    return "HTTP " + response.getCode() + (reason == null ? "" : " " + reason);
  }

  private static void closeQuietly(ClassicHttpResponse response) {
    if (response != null) {
      try {
        response.close();
      } catch (IOException | RuntimeException e) {
        // the connection is discarded either way
      }
    }
  }
}
