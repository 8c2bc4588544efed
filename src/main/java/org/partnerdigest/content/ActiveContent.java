package org.partnerdigest.content;

import org.jsoup.nodes.Element;

/**
 * Elements removed together with everything inside them before the allowlist runs: the cleaner
 * would otherwise unwrap them and keep their text (script source, CSS, form labels, SVG markup).
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
          "object",
          "embed",
          "applet",
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

  private ActiveContent() {}

  /**
   * Removes active elements in place. {@code noscript} is unwrapped instead: lazy-loading pages put
   * the real image there, and its content is cleaned like everything else ({@link LazyImages} drops
   * the copies it makes redundant before).
   */
  static void remove(Element root) {
    root.select(REMOVED_WITH_CONTENT).remove();
  }

  static void unwrapNoscript(Element root) {
    root.select("noscript").unwrap();
  }
}
