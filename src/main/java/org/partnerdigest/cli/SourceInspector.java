package org.partnerdigest.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import org.partnerdigest.catalog.BundledSamples;
import org.partnerdigest.content.FeedDocument;
import org.partnerdigest.content.FeedParseException;
import org.partnerdigest.content.FeedParser;
import org.partnerdigest.content.ParsedFeed;
import org.partnerdigest.crawl.FeedFetcher;
import org.partnerdigest.crawl.FetchOutcome;

/**
 * Inspects one source (file, {@code sample:NAME} or http(s) URL): reads or fetches its bytes and
 * parses them, turning every failure into an {@link Inspection} with a message for a person.
 * Thread-safe.
 */
final class SourceInspector {

  private final FeedFetcher fetcher;
  private final FeedParser parser;

  SourceInspector(FeedFetcher fetcher, FeedParser parser) {
    this.fetcher = fetcher;
    this.parser = parser;
  }

  Inspection inspect(String source) {
    try {
      return parse(source, read(source));
    } catch (SourceException e) {
      return Inspection.failed(source, e.getMessage());
    } catch (RuntimeException e) {
      return Inspection.failed(source, "could not inspect: " + describe(e));
    }
  }

  private Inspection parse(String source, FeedDocument document) {
    try {
      ParsedFeed feed = parser.parse(document);
      return Inspection.parsed(source, feed);
    } catch (FeedParseException e) {
      String message = e.getMessage();
      if (!e.discoveredFeeds().isEmpty()
          && !message.contains(e.discoveredFeeds().getFirst().toString())) {
        message +=
            "; feeds found: "
                + String.join(", ", e.discoveredFeeds().stream().map(URI::toString).toList());
      }
      return Inspection.failed(source, message);
    } catch (RuntimeException e) {
      return Inspection.failed(source, "could not parse: " + describe(e));
    }
  }

  private FeedDocument read(String source) throws SourceException {
    String lower = source.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      return fetch(source);
    }
    if (BundledSamples.isSample(source)) {
      return sample(source);
    }
    Path path;
    try {
      path = Path.of(source);
    } catch (InvalidPathException e) {
      throw new SourceException("not a file, sample:NAME or http(s) URL: " + source);
    }
    if (!Files.isRegularFile(path)) {
      throw new SourceException(
          source.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*") && !Files.exists(path)
              ? "not a file, sample:NAME or http(s) URL: " + source
              : "no such file: " + source);
    }
    try {
      return new FeedDocument(
          Files.readAllBytes(path), null, path.toAbsolutePath().toUri(), source);
    } catch (IOException e) {
      throw new SourceException("cannot read " + source + ": " + describe(e));
    }
  }

  private FeedDocument fetch(String source) throws SourceException {
    URI url;
    try {
      url = new URI(source);
    } catch (java.net.URISyntaxException e) {
      throw new SourceException("not a valid URL: " + e.getMessage());
    }
    return switch (fetcher.fetch(url, null, null)) {
      case FetchOutcome.Fetched f ->
          new FeedDocument(
              f.body(),
              f.contentType(),
              f.finalUrl(),
              source,
              f.contentLanguage(),
              f.contentLocation());
      case FetchOutcome.NotModified n -> throw new SourceException("HTTP 304 Not Modified");
      case FetchOutcome.Gone g -> throw new SourceException(g.message());
      case FetchOutcome.RateLimited r ->
          throw new SourceException(
              r.message() + (r.retryAt() == null ? "" : " (retry after " + r.retryAt() + ")"));
      case FetchOutcome.Failed f -> throw new SourceException(f.message());
    };
  }

  private static FeedDocument sample(String source) throws SourceException {
    String name = source.substring(BundledSamples.SCHEME.length() + 1);
    try {
      byte[] body =
          BundledSamples.read(name)
              .orElseThrow(() -> new SourceException("no bundled sample '" + name + "'"));
      return new FeedDocument(body, null, URI.create(BundledSamples.SCHEME + ":" + name), source);
    } catch (java.io.UncheckedIOException e) {
      throw new SourceException("cannot read sample '" + name + "': " + describe(e.getCause()));
    }
  }

  private static String describe(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** A source that could not be read; the message is shown as is. */
  private static final class SourceException extends Exception {
    SourceException(String message) {
      super(message);
    }
  }
}
