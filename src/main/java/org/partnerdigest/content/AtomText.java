package org.partnerdigest.content;

import java.util.Locale;
import org.w3c.dom.Element;

/**
 * An Atom text construct (title, subtitle/tagline, summary, content, rights) as HTML: text is
 * escaped so the sanitizer keeps it literal, HTML and XHTML stay markup.
 *
 * <p>Atom 1.0 (RFC 4287, 3.1 and 4.1.3): {@code type} is {@code text} (the default), {@code html},
 * {@code xhtml} or a media type; a media type that is neither text nor XML means base64. Atom 0.3:
 * {@code type} is a media type (default {@code text/plain}) and {@code mode} says how it is
 * written: {@code xml} (inline, the default), {@code escaped} or {@code base64}.
 *
 * <p>Leniency, where the writer's intent is plain: element children in a construct typed as text
 * ("naked markup") are markup, not text to escape; an {@code html} construct wrapped in a div keeps
 * its text (the HTML) and loses the stray element.
 */
final class AtomText {

  private AtomText() {}

  /** The construct as HTML, or null when it holds nothing readable (binary base64). */
  static String html(Element construct) {
    String type = construct.getAttribute("type").strip().toLowerCase(Locale.ROOT);
    return FeedElements.ATOM_03.equals(construct.getNamespaceURI())
        ? atom03(construct, type)
        : atom10(construct, type);
  }

  private static String atom10(Element e, String type) {
    return switch (type) {
      case "", "text" -> textOrMarkup(e);
      case "html" -> e.getTextContent();
      case "xhtml" -> XhtmlMarkup.inner(e);
      default -> mediaType(e, type);
    };
  }

  private static String mediaType(Element e, String type) {
    if (isXml(type)) {
      return XhtmlMarkup.inner(e);
    }
    if (type.startsWith("text/")) {
      return isHtml(type) ? e.getTextContent() : textOrMarkup(e);
    }
    String decoded = EncodedText.base64(e.getTextContent());
    if (decoded == null) {
      return null;
    }
    return EncodedText.looksLikeHtml(decoded) ? decoded : Html.escape(decoded);
  }

  private static String atom03(Element e, String type) {
    String mode = e.getAttribute("mode").strip().toLowerCase(Locale.ROOT);
    String value;
    if (mode.equals("base64")) {
      value = EncodedText.base64(e.getTextContent());
      if (value == null) {
        return null;
      }
    } else if (mode.equals("escaped")) {
      value = e.getTextContent();
    } else if (FeedElements.hasElementChildren(e)) {
      return XhtmlMarkup.inner(e);
    } else {
      value = e.getTextContent();
    }
    return isHtml(type) || isXml(type) ? value : Html.escape(value);
  }

  private static String textOrMarkup(Element e) {
    return FeedElements.hasElementChildren(e)
        ? XhtmlMarkup.inner(e)
        : Html.escape(e.getTextContent());
  }

  private static boolean isHtml(String type) {
    return type.equals("text/html") || type.equals("html") || type.equals("xhtml");
  }

  private static boolean isXml(String type) {
    return type.endsWith("+xml") || type.endsWith("/xml");
  }
}
