package org.partnerdigest.content;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Elements removed together with everything inside them before the allowlist runs: the cleaner
 * would otherwise unwrap them and keep their text (script source, CSS, form labels, SVG markup).
 * Plugin elements ({@code object}, {@code applet}) lose only themselves: their fallback content is
 * what a reader without the plugin sees.
 */
final class ActiveContent {

  private static final String REMOVED_WITH_CONTENT =
      String.join(
          ",",
          "script",
          "style",
          "iframe",
          "frame",
          "frameset",
          "embed",
          "param",
          "form",
          "input",
          "button",
          "select",
          "option",
          "optgroup",
          "textarea",
          "datalist",
          "output",
          "base",
          "meta",
          "link",
          "svg",
          "math",
          "template",
          "head",
          "title",
          "canvas",
          "dialog",
          "portal",
          "xml");

  /**
   * {@code object} and {@code applet} hold fallback content, which HTML shows where the plugin does
   * not run; we never run it, so the fallback is what a reader should see. The elements go (their
   * {@code param}s and {@code embed}s with them), the fallback stays and is cleaned like the rest.
   */
  private static final String FALLBACK_HOLDERS = "object,applet";

  // Parsed once: a query string is parsed again on every select (issue 13: 9 % of cleaning).
  private static final Evaluator REMOVED = Selector.evaluatorOf(REMOVED_WITH_CONTENT);
  private static final Evaluator FALLBACKS = Selector.evaluatorOf(FALLBACK_HOLDERS);

  /**
   * XML-style self-closing ({@code <iframe src="…"/>}) on an element that HTML reads as raw text:
   * HTML ignores the slash, so everything after it would become the element's text and vanish with
   * it. Feeds written by XML tools mean the element to end there.
   */
  private static final Pattern SELF_CLOSED_RAW_TEXT =
      Pattern.compile(
          "<(iframe|noembed|noframes|script|style|textarea|title|xmp)(\\s[^<>]*?)?/>",
          Pattern.CASE_INSENSITIVE);

  private ActiveContent() {}

  /** Closes self-closed raw-text elements, so the text after them is not swallowed. */
  static String closeSelfClosed(String html) {
    return html.indexOf("/>") < 0
        ? html
        : SELF_CLOSED_RAW_TEXT.matcher(html).replaceAll("<$1$2></$1>");
  }

  /**
   * Removes active elements in place. {@code noscript} is unwrapped instead: lazy-loading pages put
   * the real image there, and its content is cleaned like everything else ({@link LazyImages} drops
   * the copies it makes redundant before).
   */
  static void remove(Element root) {
    root.select(FALLBACKS).unwrap();
    root.select(REMOVED).remove();
  }

  static void unwrapNoscript(Element root) {
    root.getElementsByTag("noscript").unwrap();
  }
}
