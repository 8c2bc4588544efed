package org.partnerdigest.content;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * Lazy-loading plugins (WordPress, lazysizes) ship a {@code data:} placeholder in {@code src} and
 * the real image in {@code data-src}; without this step the allowlist drops the placeholder and the
 * image with it. The promoted URL is checked like any other {@code src} afterwards.
 */
final class LazyImages {

  private static final List<String> SOURCES = List.of("data-src", "data-lazy-src", "data-original");

  private static final List<String> SOURCE_SETS = List.of("data-srcset", "data-lazy-srcset");

  private LazyImages() {}

  static void promote(Element root) {
    for (Element fallback : root.getElementsByTag("noscript")) {
      Element previous = fallback.previousElementSibling();
      if (previous != null && previous.nameIs("img") && isLazy(previous)) {
        fallback.remove();
      }
    }
    for (Element image : root.getElementsByTag("img")) {
      if (isPlaceholder(image.attr("src"))) {
        firstPresent(image, SOURCES).ifPresent(url -> image.attr("src", url));
      }
      if (image.attr("srcset").isBlank()) {
        firstPresent(image, SOURCE_SETS).ifPresent(srcset -> image.attr("srcset", srcset));
      }
    }
  }

  private static boolean isLazy(Element image) {
    return SOURCES.stream().anyMatch(image::hasAttr);
  }

  private static boolean isPlaceholder(String src) {
    return src.isBlank() || src.strip().toLowerCase(Locale.ROOT).startsWith("data:");
  }

  private static Optional<String> firstPresent(Element image, List<String> names) {
    return names.stream().map(image::attr).filter(value -> !value.isBlank()).findFirst();
  }
}
