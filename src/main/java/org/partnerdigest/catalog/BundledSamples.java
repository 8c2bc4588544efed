package org.partnerdigest.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The feeds shipped inside the jar so a first run without internet has content: {@code sample:NAME}
 * names the classpath file {@code samples/NAME} (docs/samples.md). The one owner of the {@code
 * sample:} scheme, for the catalog's validation, the crawl and {@code inspect}.
 */
public final class BundledSamples {

  /** The URI scheme of bundled samples. */
  public static final String SCHEME = "sample";

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private BundledSamples() {}

  /** True when the URL names a bundled sample ({@code sample:NAME}), whether or not it exists. */
  public static boolean isSample(URI url) {
    return SCHEME.equalsIgnoreCase(url.getScheme());
  }

  /** True when the text has the form {@code sample:NAME} (case-insensitive scheme). */
  public static boolean isSample(String url) {
    return url.regionMatches(true, 0, SCHEME + ":", 0, SCHEME.length() + 1);
  }

  /** The NAME of {@code sample:NAME}; empty when it is not a well-formed sample name. */
  public static Optional<String> name(String url) {
    if (!isSample(url)) {
      return Optional.empty();
    }
    String name = url.substring(SCHEME.length() + 1);
    return NAME.matcher(name).matches() ? Optional.of(name) : Optional.empty();
  }

  /** The sample's bytes; empty when no sample has this (well-formed) name. */
  public static Optional<byte[]> read(String name) {
    if (!NAME.matcher(name).matches()) {
      return Optional.empty();
    }
    try (InputStream in = BundledSamples.class.getResourceAsStream("/samples/" + name)) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled sample " + name, e);
    }
  }

  /** True when a sample with this name is bundled. */
  public static boolean exists(String name) {
    return NAME.matcher(name).matches()
        && BundledSamples.class.getResource("/samples/" + name) != null;
  }

  /** The media type a server would send for the sample, from its file name. */
  public static String contentType(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".json")) {
      return "application/feed+json";
    }
    if (lower.endsWith(".atom")) {
      return "application/atom+xml";
    }
    if (lower.endsWith(".rdf")) {
      return "application/rdf+xml";
    }
    return "application/xml";
  }
}
