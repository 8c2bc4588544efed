package org.partnerdigest.web;

import java.util.List;
import java.util.Optional;
import org.partnerdigest.archive.ArchivedEntry;
import org.partnerdigest.archive.EntryArchive;
import org.partnerdigest.content.HtmlSanitizer;
import org.partnerdigest.content.ParsedEntry;
import org.partnerdigest.search.IndexedEntry;
import org.partnerdigest.search.SearchResults.FeedRef;
import org.partnerdigest.search.SearchResults.Hit;
import org.partnerdigest.search.SearchService;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Builds the page of one entry: the archive holds its content and whether it may be shown, the
 * index its topics, the other feeds that carry it and the related posts.
 */
@Component
class EntryPage {

  /** How many related posts the page and the API list. */
  static final int RELATED = 5;

  private final EntryArchive archive;
  private final SearchService search;
  private final HitViews hitViews;
  private final HtmlSanitizer sanitizer = new HtmlSanitizer();

  EntryPage(EntryArchive archive, SearchService search, HitViews hitViews) {
    this.archive = archive;
    this.search = search;
    this.hitViews = hitViews;
  }

  /** The page; empty when no visible entry has this id (unknown, hidden or purged). */
  Optional<EntryPageView> of(String id) {
    return visible(id)
        .map(
            archived -> {
              Hit hit = search.entry(id).map(EntryPage::hit).orElseGet(() -> hit(archived));
              return new EntryPageView(
                  hitViews.of(hit),
                  content(archived.entry()),
                  related(id).stream().map(e -> hitViews.of(hit(e))).toList());
            });
  }

  /**
   * The related posts of a visible entry, best first; empty when there is no visible entry with
   * this id. Asks the archive once more for each: an entry hidden a moment ago may still be in the
   * index until the indexer catches up, and must not appear.
   */
  List<IndexedEntry> related(String id) {
    if (visible(id).isEmpty()) {
      return List.of();
    }
    return search.related(id, RELATED).stream().filter(e -> visible(e.id()).isPresent()).toList();
  }

  Optional<ArchivedEntry> visible(String id) {
    return archive.find(id).filter(ArchivedEntry::visible);
  }

  /** Stored content was cleaned when it was fetched; cleaning it again costs little and is safe. */
  private String content(ParsedEntry entry) {
    String html = entry.content() != null && !entry.content().isBlank() ? entry.content() : null;
    if (html == null) {
      html = entry.displaySummary();
    }
    return html == null ? "" : sanitizer.clean(html, null);
  }

  private static Hit hit(IndexedEntry e) {
    return new Hit(
        e.id(),
        e.title(),
        e.link(),
        new FeedRef(e.feedKey(), e.feedTitle()),
        e.author(),
        e.published(),
        e.excerpt() == null || e.excerpt().isBlank() ? null : HtmlUtils.htmlEscape(e.excerpt()),
        e.topics(),
        e.alsoIn());
  }

  /** Before the indexer has caught up with the entry: what the archive knows, without topics. */
  private static Hit hit(ArchivedEntry archived) {
    ParsedEntry e = archived.entry();
    return new Hit(
        e.id(),
        e.title(),
        e.link(),
        new FeedRef(archived.feedKey(), null),
        e.author(),
        archived.date(),
        null,
        List.of(),
        List.of());
  }
}
