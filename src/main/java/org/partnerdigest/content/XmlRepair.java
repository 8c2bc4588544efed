package org.partnerdigest.content;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/**
 * Text-level repairs that turn common not-quite-XML into XML. Each method is a pure function of its
 * input; {@link #repair} applies the cheap ones, {@link #rebuildWithJsoup} is the last resort for
 * unclosed or mismatched tags.
 */
final class XmlRepair {

  private static final Pattern DOCTYPE =
      Pattern.compile("<!DOCTYPE(?:[^\\[>]*\\[.*?\\]\\s*>|[^>]*>)", Pattern.DOTALL);
  private static final Pattern AMPERSAND =
      Pattern.compile("&(?:#(\\d{1,8});|#[xX]([0-9a-fA-F]{1,7});|([A-Za-z][A-Za-z0-9]{0,31});)?");

  private XmlRepair() {}

  /**
   * Removes the DOCTYPE declaration (and any internal subset). We never let a parser read DTDs, so
   * legacy feeds that declare the Netscape RSS 0.91 DTD parse without one.
   */
  static String stripDoctype(String xml) {
    int limit = Math.min(xml.length(), 4096);
    int at = xml.substring(0, limit).indexOf("<!DOCTYPE");
    if (at < 0) {
      return xml;
    }
    Matcher m = DOCTYPE.matcher(xml);
    if (!m.find(at) || m.start() != at) {
      return xml;
    }
    // Keep the line breaks so that error positions still match the document the editor sees.
    String lineBreaks = m.group().replaceAll("[^\n]", "");
    return xml.substring(0, at) + lineBreaks + xml.substring(m.end());
  }

  /** Applies every cheap repair: leading junk, control characters, entities and bare ampersands. */
  static String repair(String xml) {
    return fixAmpersands(dropIllegalCharacters(dropLeadingJunk(xml)));
  }

  /** Drops whatever precedes the prolog (or the first tag): whitespace, a stray BOM, junk. */
  static String dropLeadingJunk(String xml) {
    int prolog = xml.indexOf("<?xml");
    int start = prolog >= 0 ? prolog : xml.indexOf('<');
    return start > 0 ? xml.substring(start) : xml;
  }

  static String dropIllegalCharacters(String xml) {
    return XmlCharacters.strip(xml);
  }

  /**
   * Keeps valid numeric and predefined references, turns HTML named entities into numeric
   * references (the DTD that defined them is never read) and escapes every other {@code &}.
   */
  static String fixAmpersands(String xml) {
    Matcher m = AMPERSAND.matcher(xml);
    StringBuilder out = new StringBuilder(xml.length() + 64);
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(replacementFor(m)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String replacementFor(Matcher m) {
    if (m.group(1) != null || m.group(2) != null) {
      int cp = m.group(1) != null ? parse(m.group(1), 10) : parse(m.group(2), 16);
      return XmlCharacters.isLegal(cp) ? m.group() : "";
    }
    String name = m.group(3);
    if (name == null) {
      return "&amp;";
    }
    if (name.equals("amp")
        || name.equals("lt")
        || name.equals("gt")
        || name.equals("quot")
        || name.equals("apos")) {
      return m.group();
    }
    String chars = Entities.getByName(name);
    if (!chars.isEmpty()) {
      StringBuilder refs = new StringBuilder();
      chars.codePoints().forEach(cp -> refs.append("&#").append(cp).append(';'));
      return refs.toString();
    }
    return "&amp;" + name + ";";
  }

  private static int parse(String digits, int radix) {
    try {
      return Integer.parseInt(digits, radix);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /**
   * Last resort: Jsoup's forgiving XML parser closes unclosed tags and balances mismatched ones; we
   * serialize its tree back to well-formed XML for the hardened parser.
   */
  static String rebuildWithJsoup(String xml) {
    Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
    doc.outputSettings()
        .syntax(Document.OutputSettings.Syntax.xml)
        .escapeMode(Entities.EscapeMode.xhtml)
        .prettyPrint(false);
    return doc.outerHtml();
  }
}
