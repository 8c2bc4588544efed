package org.partnerdigest.crawl;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.InstantSource;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
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
      return new FetchExchange(settings, clock, client, alarms, url, etag, lastModified).run();
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
}
