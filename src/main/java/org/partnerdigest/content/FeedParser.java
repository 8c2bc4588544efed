package org.partnerdigest.content;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a fetched document into a {@link ParsedFeed}: detects the format, decodes the charset,
 * parses safely (no DTDs, no external entities), recovers broken XML, sanitizes HTML and derives
 * stable entry ids. Thread-safe; build once.
 */
public class FeedParser {

  private static final Pattern FIRST_ELEMENT =
      Pattern.compile(
          "^(?:\\s|<\\?.*?\\?>|<!--.*?-->|<!DOCTYPE[^>]*>|[^<])*<([A-Za-z_][\\w:.-]*)",
          Pattern.DOTALL);

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
    URI location = document.location();
    RawFeed raw;
    boolean recovered = decoded.doubtful();
    if (text.stripLeading().startsWith("{")) {
      raw = JsonFeedReader.read(text, location);
    } else if (looksLikeHtml(text)) {
      throw FeedAutodiscovery.notAFeed(text, location);
    } else {
      XmlFeedReader.Result result = xml.read(text, location);
      raw = result.feed();
      recovered |= result.recovered();
    }
    return new FeedFinisher(sanitizer).finish(raw, recovered, document.feedKey(), location);
  }

  private static boolean looksLikeHtml(String text) {
    String head = text.length() > 8192 ? text.substring(0, 8192) : text;
    Matcher m = FIRST_ELEMENT.matcher(head);
    if (m.find()) {
      return m.group(1).equalsIgnoreCase("html");
    }
    return head.toLowerCase(Locale.ROOT).contains("<!doctype html");
  }

  static List<String> nonBlank(List<String> values) {
    List<String> out = new ArrayList<>();
    for (String v : values) {
      if (v != null && !v.isBlank() && !out.contains(v)) {
        out.add(v);
      }
    }
    return out;
  }
}
