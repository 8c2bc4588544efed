package org.partnerdigest.content;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Rewrites URLs the allowlist has already resolved and checked: strips tracking parameters, cleans
 * {@code srcset} (which Jsoup leaves alone) and drops tracking pixels and images left without a
 * source.
 */
final class LinkRewriter {

  private static final Evaluator LINKS = Selector.evaluatorOf("a[href]");

  private LinkRewriter() {}

  static void rewrite(Element root) {
    for (Element link : root.select(LINKS)) {
      link.attr("href", TrackingParameters.strip(link.attr("href")));
    }
    for (Element image : root.getElementsByTag("img")) {
      rewriteImage(image);
    }
  }

  private static void rewriteImage(Element image) {
    if (TrackingPixels.isPixel(image)) {
      image.remove();
      return;
    }
    if (image.hasAttr("src")) {
      image.attr("src", TrackingParameters.strip(image.attr("src")));
    }
    if (image.hasAttr("srcset")) {
      String srcset = SrcsetCleaner.clean(image.attr("srcset"), image.baseUri());
      if (srcset.isEmpty()) {
        image.removeAttr("srcset");
        image.removeAttr("sizes");
      } else {
        image.attr("srcset", srcset);
      }
    }
    if (image.attr("src").isEmpty() && !image.hasAttr("srcset")) {
      image.remove();
    }
  }
}
