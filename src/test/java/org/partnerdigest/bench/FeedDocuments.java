package org.partnerdigest.bench;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.partnerdigest.bench.GeneratedFeeds.Entry;
import org.partnerdigest.bench.GeneratedFeeds.Feed;

/** A generated feed written out in its format, as the loopback server sends it. */
public final class FeedDocuments {

  private FeedDocuments() {}

  /** The media type the server announces for {@code feed}. */
  public static String contentType(Feed feed) {
    return switch (feed.format()) {
      case RSS -> "application/rss+xml; charset=utf-8";
      case ATOM -> "application/atom+xml; charset=utf-8";
      case JSON -> "application/feed+json; charset=utf-8";
    };
  }

  /** The document's bytes (UTF-8). */
  public static byte[] body(Feed feed, String selfUrl) {
    String text =
        switch (feed.format()) {
          case RSS -> rss(feed, selfUrl);
          case ATOM -> atom(feed, selfUrl);
          case JSON -> json(feed, selfUrl);
        };
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String rss(Feed feed, String selfUrl) {
    StringBuilder out = new StringBuilder(feed.entries().size() * 3_500);
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"")
        .append(" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"")
        .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel>\n");
    out.append("<title>").append(xml(feed.title())).append("</title>\n");
    out.append("<link>").append(xml(selfUrl)).append("</link>\n");
    out.append("<description>Generated for the benchmark</description>\n");
    for (Entry e : feed.entries()) {
      out.append("<item><title>").append(xml(e.title())).append("</title>");
      out.append("<link>").append(xml(e.link())).append("</link>");
      out.append("<guid isPermaLink=\"false\">").append(xml(e.id())).append("</guid>");
      out.append("<dc:creator>").append(xml(e.author())).append("</dc:creator>");
      out.append("<pubDate>")
          .append(DateTimeFormatter.RFC_1123_DATE_TIME.format(e.published().atZone(ZoneOffset.UTC)))
          .append("</pubDate>");
      e.categories().forEach(c -> out.append("<category>").append(xml(c)).append("</category>"));
      out.append("<description>").append(xml(e.summary())).append("</description>");
      out.append("<content:encoded>").append(xml(e.html())).append("</content:encoded>");
      out.append("</item>\n");
    }
    return out.append("</channel></rss>\n").toString();
  }

  private static String atom(Feed feed, String selfUrl) {
    StringBuilder out = new StringBuilder(feed.entries().size() * 3_500);
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
    out.append("<title>").append(xml(feed.title())).append("</title>\n");
    out.append("<id>").append(xml(selfUrl)).append("</id>\n");
    out.append("<link rel=\"self\" href=\"").append(xml(selfUrl)).append("\"/>\n");
    out.append("<updated>2026-11-30T12:00:00Z</updated>\n");
    for (Entry e : feed.entries()) {
      out.append("<entry><title>").append(xml(e.title())).append("</title>");
      out.append("<id>").append(xml(e.id())).append("</id>");
      out.append("<link href=\"").append(xml(e.link())).append("\"/>");
      out.append("<author><name>").append(xml(e.author())).append("</name></author>");
      out.append("<published>").append(e.published()).append("</published>");
      out.append("<updated>").append(e.published()).append("</updated>");
      e.categories().forEach(c -> out.append("<category term=\"").append(xml(c)).append("\"/>"));
      out.append("<summary>").append(xml(e.summary())).append("</summary>");
      out.append("<content type=\"html\">").append(xml(e.html())).append("</content>");
      out.append("</entry>\n");
    }
    return out.append("</feed>\n").toString();
  }

  private static String json(Feed feed, String selfUrl) {
    StringBuilder out = new StringBuilder(feed.entries().size() * 3_500);
    out.append("{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":")
        .append(json(feed.title()))
        .append(",\"feed_url\":")
        .append(json(selfUrl))
        .append(",\"items\":[\n");
    for (int i = 0; i < feed.entries().size(); i++) {
      Entry e = feed.entries().get(i);
      out.append(i == 0 ? "" : ",\n");
      out.append("{\"id\":").append(json(e.id()));
      out.append(",\"url\":").append(json(e.link()));
      out.append(",\"title\":").append(json(e.title()));
      out.append(",\"authors\":[{\"name\":").append(json(e.author())).append("}]");
      out.append(",\"date_published\":").append(json(e.published().toString()));
      out.append(",\"tags\":[");
      for (int c = 0; c < e.categories().size(); c++) {
        out.append(c == 0 ? "" : ",").append(json(e.categories().get(c)));
      }
      out.append("],\"summary\":").append(json(e.summary()));
      out.append(",\"content_html\":").append(json(e.html())).append('}');
    }
    return out.append("\n]}\n").toString();
  }

  private static String xml(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  private static String json(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
