package org.partnerdigest.crawl;

import java.time.Duration;
import java.util.List;

/**
 * The limits of one {@link FeedFetcher}: usable without Spring (e.g. by {@code inspect}); the
 * application builds it from {@code partner-digest.crawl.*}.
 *
 * @param allowedHosts host names or CIDR ranges exempt from the private-address guard
 * @param connectTimeout how long to wait for a TCP/TLS connection
 * @param deadline total time for one fetch, redirects and body included
 * @param maxBodyBytes cap on the decoded body
 * @param maxRedirects redirects followed before giving up
 * @param maxRetryAfter the longest wait a {@code Retry-After} is honoured for (longer is capped)
 */
public record FetchSettings(
    List<String> allowedHosts,
    Duration connectTimeout,
    Duration deadline,
    long maxBodyBytes,
    int maxRedirects,
    Duration maxRetryAfter) {

  public FetchSettings {
    allowedHosts = List.copyOf(allowedHosts);
  }

  /** The defaults of {@code partner-digest.crawl.*}: 10 s, 60 s, 10 MiB, 5 redirects, 4 h. */
  public static FetchSettings defaults() {
    return new FetchSettings(
        List.of(),
        Duration.ofSeconds(10),
        Duration.ofSeconds(60),
        10L * 1024 * 1024,
        5,
        Duration.ofHours(4));
  }

  public FetchSettings withAllowedHosts(List<String> hosts) {
    return new FetchSettings(
        hosts, connectTimeout, deadline, maxBodyBytes, maxRedirects, maxRetryAfter);
  }

  public FetchSettings withDeadline(Duration total) {
    return new FetchSettings(
        allowedHosts, connectTimeout, total, maxBodyBytes, maxRedirects, maxRetryAfter);
  }

  public FetchSettings withConnectTimeout(Duration connect) {
    return new FetchSettings(
        allowedHosts, connect, deadline, maxBodyBytes, maxRedirects, maxRetryAfter);
  }

  public FetchSettings withMaxBodyBytes(long max) {
    return new FetchSettings(
        allowedHosts, connectTimeout, deadline, max, maxRedirects, maxRetryAfter);
  }

  static FetchSettings from(CrawlProperties properties) {
    return new FetchSettings(
        properties.allowedHosts(),
        properties.connectTimeout(),
        properties.fetchDeadline(),
        properties.maxBodySize().toBytes(),
        properties.maxRedirects(),
        properties.maxBackoff());
  }

  /** "10 MiB", "512 KiB" or "1000 bytes", for messages. */
  static String bytes(long n) {
    if (n >= 1024 * 1024 && n % (1024 * 1024) == 0) {
      return n / (1024 * 1024) + " MiB";
    }
    if (n >= 1024 && n % 1024 == 0) {
      return n / 1024 + " KiB";
    }
    return n + " bytes";
  }

  /** "60 s" or "1500 ms", for messages. */
  static String duration(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }
}
