package org.partnerdigest.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Recognises images that exist only to report a view: declared 1×1 (or smaller), or served from a
 * known counter such as FeedBurner's {@code /~r/} or WordPress stats.
 */
final class TrackingPixels {

  private static final List<String> HOSTS =
      List.of(
          "pixel.wp.com",
          "stats.wordpress.com",
          "google-analytics.com",
          "doubleclick.net",
          "pixel.quantserve.com",
          "pixel.facebook.com",
          "analytics.twitter.com");

  private static final List<String> PATH_ENDINGS = List.of("/pixel", "/pixel.gif", "/open.gif");

  private TrackingPixels() {}

  static boolean isPixel(Element image) {
    return isTiny(image.attr("width")) && isTiny(image.attr("height"))
        || isCounter(image.attr("src"));
  }

  /** A declared size of at most one pixel ({@code 0}, {@code 1}, {@code 1px}). */
  private static boolean isTiny(String size) {
    String digits = size.strip().replaceFirst("(?i)px$", "").strip();
    if (digits.isEmpty() || digits.length() > 3 || !digits.chars().allMatch(Character::isDigit)) {
      return false;
    }
    return Integer.parseInt(digits) <= 1;
  }

  private static boolean isCounter(String src) {
    URI uri;
    try {
      uri = new URI(src);
    } catch (URISyntaxException e) {
      return false;
    }
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    String path = uri.getRawPath() == null ? "" : uri.getRawPath().toLowerCase(Locale.ROOT);
    if (host.endsWith("feedburner.com") && path.startsWith("/~r/")) {
      return true;
    }
    for (String counter : HOSTS) {
      if (host.equals(counter) || host.endsWith("." + counter)) {
        return true;
      }
    }
    return PATH_ENDINGS.stream().anyMatch(path::endsWith);
  }
}
