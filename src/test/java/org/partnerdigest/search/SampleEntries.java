package org.partnerdigest.search;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.SyndFeedInput;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.partnerdigest.crawl.ArchivedEntry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the bundled sample feeds into archived entries for relevance tests. A stand-in for the
 * crawl pipeline until the content module's parser lands: Rome for RSS/Atom/RDF, Jackson for JSON
 * Feed, Jsoup for plain text.
 */
final class SampleEntries {

  private SampleEntries() {}

  static List<ArchivedEntry> read(String file, String feedKey) throws Exception {
    try (InputStream in = SampleEntries.class.getResourceAsStream("/samples/" + file)) {
      if (file.endsWith(".json")) {
        return json(JsonMapper.builder().build().readTree(in), feedKey);
      }
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      List<ArchivedEntry> entries = new ArrayList<>();
      for (SyndEntry e :
          input.build(new InputStreamReader(in, StandardCharsets.UTF_8)).getEntries()) {
        String html =
            !e.getContents().isEmpty()
                ? e.getContents().stream().map(SyndContent::getValue).reduce("", String::concat)
                : e.getDescription() == null ? "" : e.getDescription().getValue();
        String summary = e.getDescription() == null ? null : e.getDescription().getValue();
        Instant published =
            e.getPublishedDate() == null
                ? Instant.parse("2026-10-01T00:00:00Z")
                : e.getPublishedDate().toInstant();
        entries.add(
            entry(
                feedKey,
                e.getUri() == null ? e.getLink() : e.getUri(),
                e.getTitle(),
                e.getLink(),
                e.getAuthor(),
                published,
                summary,
                html));
      }
      return entries;
    }
  }

  private static List<ArchivedEntry> json(JsonNode feed, String feedKey) {
    List<ArchivedEntry> entries = new ArrayList<>();
    for (JsonNode item : feed.get("items")) {
      String html = item.has("content_html") ? item.get("content_html").asString() : "";
      Instant published =
          item.has("date_published")
              ? Instant.parse(item.get("date_published").asString())
              : Instant.parse("2026-10-01T00:00:00Z");
      String author =
          item.has("authors") ? item.get("authors").get(0).get("name").asString() : null;
      entries.add(
          entry(
              feedKey,
              item.get("id").asString(),
              item.get("title").asString(),
              item.get("url").asString(),
              author,
              published,
              item.has("summary") ? item.get("summary").asString() : null,
              html));
    }
    return entries;
  }

  private static ArchivedEntry entry(
      String feedKey,
      String guid,
      String title,
      String link,
      String author,
      Instant published,
      String summary,
      String html) {
    String text = Jsoup.parse(html).text();
    return new ArchivedEntry(
        feedKey + ":" + guid,
        feedKey,
        0,
        guid,
        title,
        link,
        author,
        published,
        published,
        summary,
        html,
        List.of(),
        text,
        text.substring(0, Math.min(300, text.length())),
        published,
        false,
        false,
        false,
        Set.of());
  }
}
