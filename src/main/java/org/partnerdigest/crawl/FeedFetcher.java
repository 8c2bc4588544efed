package org.partnerdigest.crawl;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.InstantSource;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.impl.EnglishReasonPhraseCatalog;
import org.apache.hc.core5.util.Timeout;
import org.partnerdigest.crawl.FetchOutcome.Failed;

/**
 * Fetches one feed URL politely and safely: conditional GET, decoded-byte cap, connect timeout and
 * total deadline, redirects followed by our own code with the private-address guard on every hop
 * (the guard sits in name resolution, so the address checked is the address connected to). Never
 * throws: every result is a {@link FetchOutcome}. Thread-safe; share one instance.
 */
public class FeedFetcher implements AutoCloseable {

  static final String ACCEPT =
      "application/atom+xml, application/rss+xml, application/feed+json, application/rdf+xml,"
          + " application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5";

  private final FetchSettings settings;
  private final InstantSource clock;
  private final CloseableHttpClient client;
  private final ScheduledExecutorService alarms;

  /**
   * @param userAgent the {@code User-Agent} header, see {@link #userAgent(String)}
   * @throws IllegalArgumentException when an allowed-hosts entry is malformed
   */
  public FeedFetcher(FetchSettings settings, String userAgent, InstantSource clock) {
    this(settings, userAgent, clock, InetAddress::getAllByName);
  }

  /** With another name lookup than the system resolver: tests never leave the machine. */
  FeedFetcher(
      FetchSettings settings,
      String userAgent,
      InstantSource clock,
      AddressGuard.NameLookup names) {
    this.settings = settings;
    this.clock = clock;
    AddressGuard guard = new AddressGuard(new AllowedHosts(settings.allowedHosts()), names);
    Timeout connect = Timeout.of(settings.connectTimeout());
    Timeout deadline = Timeout.of(settings.deadline());
    this.client =
        HttpClients.custom()
            .setConnectionManager(
                PoolingHttpClientConnectionManagerBuilder.create()
                    .setDnsResolver(guard)
                    .setDefaultConnectionConfig(
                        ConnectionConfig.custom()
                            .setConnectTimeout(connect)
                            .setSocketTimeout(deadline)
                            .build())
                    .setMaxConnTotal(64)
                    .setMaxConnPerRoute(4)
                    .build())
            .setDefaultRequestConfig(
                RequestConfig.custom()
                    .setResponseTimeout(deadline)
                    .setConnectionRequestTimeout(deadline)
                    .build())
            .setUserAgent(userAgent)
            .disableRedirectHandling()
            .disableContentCompression()
            .disableAutomaticRetries()
            .disableCookieManagement()
            .disableAuthCaching()
            .build();
    this.alarms =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("fetch-deadline").factory());
  }

  /** {@code PartnerDigest/<version> (+<publicUrl>)}, the version from the jar or "dev". */
  public static String userAgent(String publicUrl) {
    String version = FeedFetcher.class.getPackage().getImplementationVersion();
    return "PartnerDigest/" + (version == null ? "dev" : version) + " (+" + publicUrl + ")";
  }

  /**
   * Fetches {@code url}, conditionally when {@code etag} or {@code lastModified} (the validators of
   * the previous 200) are given.
   */
  public FetchOutcome fetch(URI url, String etag, String lastModified) {
    try {
      return new Exchange(url, etag, lastModified).run();
    } catch (RuntimeException e) {
      return new Failed("fetch failed: " + e);
    }
  }

  @Override
  public void close() {
    alarms.shutdownNow();
    try {
      client.close();
    } catch (IOException e) {
      // nothing left to release
    }
  }

  /** One fetch: its redirect hops, its deadline. */
  private final class Exchange {
    private final URI url;
    private final String etag;
    private final String lastModified;
    private final long deadlineNanos;
    private URI movedTo;
    private boolean permanentSoFar = true;

    Exchange(URI url, String etag, String lastModified) {
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
      get.setHeader("Accept", ACCEPT);
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
        Hop result = respond(uri, hop, response);
        if (result.outcome() == null || !(result.outcome() instanceof FetchOutcome.Fetched)) {
          get.cancel(); // do not drain an unread error or redirect body
        }
        return result;
      } catch (BodyReader.TooLargeException e) {
        get.cancel();
        return Hop.done(
            new Failed("response larger than " + FetchSettings.bytes(settings.maxBodyBytes())));
      } catch (IOException e) {
        get.cancel();
        return Hop.done(
            late.get() || e instanceof BodyReader.DeadlineException
                ? timedOut()
                : new Failed(failure(e)));
      } finally {
        alarm.cancel(false);
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
                RetryAfter.parse(header(response, "Retry-After"), clock.instant()),
                status(response)));
      }
      if (code < 200 || code >= 300 || code == 204) {
        return Hop.done(new Failed(status(response)));
      }
      HttpEntity entity = response.getEntity();
      if (entity != null
          && entity.getContentLength() > settings.maxBodyBytes()
          && header(response, "Content-Encoding") == null) {
        throw new BodyReader.TooLargeException();
      }
      byte[] body;
      if (entity == null) {
        body = new byte[0];
      } else {
        try (InputStream in = entity.getContent()) {
          body =
              BodyReader.read(
                  in,
                  header(response, "Content-Encoding"),
                  settings.maxBodyBytes(),
                  () -> System.nanoTime() - deadlineNanos > 0);
        }
      }
      return Hop.done(
          new FetchOutcome.Fetched(
              body,
              header(response, "Content-Type"),
              uri,
              header(response, "ETag"),
              header(response, "Last-Modified"),
              movedTo));
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
