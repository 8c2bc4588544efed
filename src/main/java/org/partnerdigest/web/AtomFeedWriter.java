package org.partnerdigest.web;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.partnerdigest.search.SearchResults.Hit;
import org.springframework.stereotype.Component;

/**
 * Writes search hits as an Atom 1.0 document with Rome. Links are absolute (against {@code
 * partner-digest.public-url}); entry ids are name-based UUID URNs of our entry ids, so they stay
 * stable when the site moves to another host. An entry's own link is written only when it is
 * http(s) ({@link HttpLinks}), and every text passes {@link XmlText}, so no stored character can
 * make the document fail.
 */
@Component
class AtomFeedWriter {

  private final WebProperties properties;

  AtomFeedWriter(WebProperties properties) {
    this.properties = properties;
  }

  /**
   * @param selfPath the feed's own path and query, e.g. {@code /topics/renewals/feed.atom}
   * @param pagePath the HTML page showing the same entries, e.g. {@code /topics/renewals}
   * @param now when no entry says when the feed was last updated
   */
  String write(String title, String selfPath, String pagePath, List<Hit> hits, Instant now) {
    Feed feed = new Feed("atom_1.0");
    feed.setId(properties.absolute(selfPath));
    feed.setTitle(XmlText.of(title));
    feed.setAlternateLinks(List.of(link("alternate", properties.absolute(pagePath), "text/html")));
    feed.setOtherLinks(
        List.of(link("self", properties.absolute(selfPath), "application/atom+xml")));
    feed.setGenerator(generator());
    Instant updated =
        hits.stream()
            .map(h -> h.published())
            .filter(p -> p != null)
            .max(Instant::compareTo)
            .orElse(now);
    feed.setUpdated(Date.from(updated));
    feed.setEntries(hits.stream().map(hit -> entry(hit, now)).toList());
    try {
      return new WireFeedOutput().outputString(feed);
    } catch (FeedException e) {
      throw new IllegalStateException("Rome refused the Atom feed we built: " + e.getMessage(), e);
    }
  }

  private Entry entry(Hit hit, Instant now) {
    Entry entry = new Entry();
    entry.setId("urn:uuid:" + UUID.nameUUIDFromBytes(hit.id().getBytes(StandardCharsets.UTF_8)));
    String title = XmlText.of(hit.title());
    entry.setTitle(title == null || title.isBlank() ? "(untitled)" : title);
    String href = HttpLinks.only(hit.link());
    if (href != null) {
      entry.setAlternateLinks(List.of(link("alternate", href, "text/html")));
    }
    Date when = Date.from(hit.published() != null ? hit.published() : now);
    entry.setUpdated(when);
    entry.setPublished(when);
    String authorName = XmlText.of(hit.author());
    if (authorName != null && !authorName.isBlank()) {
      Person author = new Person();
      author.setName(authorName);
      entry.setAuthors(List.of(author));
    }
    String snippet = XmlText.of(hit.snippet());
    if (snippet != null && !snippet.isBlank()) {
      Content summary = new Content();
      summary.setType("html");
      summary.setValue(snippet);
      entry.setSummary(summary);
    }
    List<Category> categories = new ArrayList<>();
    for (String topic : hit.topics()) {
      Category category = new Category();
      category.setTerm(XmlText.of(topic));
      category.setScheme(properties.absolute("/topics/"));
      categories.add(category);
    }
    entry.setCategories(categories);
    return entry;
  }

  private static Link link(String rel, String href, String type) {
    Link link = new Link();
    link.setRel(rel);
    link.setHref(href);
    link.setType(type);
    return link;
  }

  private static com.rometools.rome.feed.atom.Generator generator() {
    var generator = new com.rometools.rome.feed.atom.Generator();
    generator.setValue("Partner Digest");
    return generator;
  }
}
