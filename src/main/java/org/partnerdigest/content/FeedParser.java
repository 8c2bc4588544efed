package org.partnerdigest.content;

import java.net.URI;
import java.util.Locale;

/**
 * Turns a fetched document into a {@link ParsedFeed}: detects the format, decodes the charset,
 * parses safely (no DTDs, no external entities), recovers broken XML, sanitizes HTML and derives
 * stable entry ids. Thread-safe; build once.
 */
public class FeedParser {

  private final HtmlSanitizer sanitizer;
  private final XmlFeedReader xml = new XmlFeedReader();

  public FeedParser() {
    this(new HtmlSanitizer());
  }

  public FeedParser(HtmlSanitizer sanitizer) {
    this.sanitizer = sanitizer;
  }

  /**
   * Parses one document.
   *
   * @throws FeedParseException when it is not a feed; the message says why and where, and for an
   *     HTML page it names the feeds the page advertises
   */
  public ParsedFeed parse(FeedDocument document) throws FeedParseException {
    byte[] body = document.body();
    if (body == null || body.length == 0) {
      throw new FeedParseException("not a feed: empty document");
    }
    DecodedText decoded = CharsetSniffer.decode(body, document.contentType());
    String text = decoded.text().replace("\uFEFF", "");
    if (text.isBlank()) {
      throw new FeedParseException("not a feed: empty document");
    }
    URI location = HttpHeaders.base(document.location(), document.contentLocation());
    String language = HttpHeaders.language(document.contentLanguage());
    RawFeed raw;
    boolean recovered = decoded.doubtful();
    if (text.stripLeading().startsWith("{")) {
      raw = JsonFeedReader.read(text, location, language);
    } else if (looksLikeHtml(text)) {
      throw FeedAutodiscovery.notAFeed(text, document.location());
    } else {
      XmlFeedReader.Result result = xml.read(text, location, language);
      raw = result.feed();
      recovered |= result.recovered();
    }
    return new FeedFinisher(sanitizer)
        .finish(raw, recovered, decoded.malformed(), document.feedKey(), location);
  }

  private static boolean looksLikeHtml(String text) {
    String root = firstElementName(text);
    if (root != null) {
      return root.equalsIgnoreCase("html");
    }
    String head = text.length() > 8192 ? text.substring(0, 8192) : text;
    return head.toLowerCase(Locale.ROOT).contains("<!doctype html");
  }

  /** The name of the first element, skipping declarations, comments and text; a plain scan. */
  static String firstElementName(String text) {
    int i = 0;
    while ((i = text.indexOf('<', i)) >= 0 && i + 1 < text.length()) {
      char next = text.charAt(i + 1);
      if (text.startsWith("<!--", i)) {
        int end = text.indexOf("-->", i + 4);
        i = end < 0 ? text.length() : end + 3;
      } else if (next == '?' || next == '!') {
        int end = text.indexOf('>', i + 2);
        i = end < 0 ? text.length() : end + 1;
      } else if (Character.isLetter(next) || next == '_') {
        int end = i + 1;
        while (end < text.length() && isNameChar(text.charAt(end))) {
          end++;
        }
        return text.substring(i + 1, end);
      } else {
        i++;
      }
    }
    return null;
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == ':' || c == '.' || c == '-';
  }
}
