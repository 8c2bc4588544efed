package org.partnerdigest.digest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.partnerdigest.search.IndexedEntry;
import org.partnerdigest.search.SearchResults.FeedRef;
import org.partnerdigest.search.SearchService;
import org.springframework.stereotype.Component;

/**
 * Turns stored edition content into pages: looks each entry up in the search index (so an entry
 * hidden or purged since the edition was cut disappears from it) and caps sections for mails.
 */
@Component
class EditionViews {

  private final SearchService search;
  private final EditionSchedule schedule;

  EditionViews(SearchService search, EditionSchedule schedule) {
    this.search = search;
    this.schedule = schedule;
  }

  /**
   * Waits (up to two minutes) until the index holds every archived entry: after a restart the
   * indexer replays the archive, and an entry not searchable yet would be missing from a mail.
   *
   * @return false when the index is still behind
   */
  boolean awaitIndex() {
    return search.awaitCaughtUp(Duration.ofMinutes(2));
  }

  /**
   * @param perSection the most entries a section shows; the rest are counted in {@code more}
   */
  EditionPage page(Edition edition, EditionContent content, int perSection) {
    List<DigestEntry> pinned = new ArrayList<>();
    for (EditionContent.Pinned pin : content.pinned()) {
      entry(pin.id(), pin.note()).ifPresent(pinned::add);
    }
    List<DigestSection> sections = new ArrayList<>();
    int entries = pinned.size();
    int misconceptions = 0;
    for (EditionContent.Section section : content.sections()) {
      List<DigestEntry> shown = new ArrayList<>();
      int found = 0;
      for (String id : section.ids()) {
        Optional<DigestEntry> entry = entry(id, null);
        if (entry.isPresent()) {
          found++;
          if (shown.size() < perSection) {
            shown.add(entry.get());
          }
        }
      }
      if (found > 0) {
        sections.add(
            new DigestSection(section.topic(), section.title(), shown, found - shown.size()));
        entries += found;
        misconceptions += section.misconceptions() ? found : 0;
      }
    }
    return new EditionPage(
        edition.key(),
        schedule.labelOf(edition.cutoff()),
        edition.cutoff(),
        edition.windowStart(),
        pinned,
        sections,
        entries,
        misconceptions);
  }

  private Optional<DigestEntry> entry(String id, String note) {
    return search
        .entry(id)
        .map(
            (IndexedEntry e) ->
                new DigestEntry(
                    e.id(),
                    e.title() == null || e.title().isBlank() ? "(untitled)" : e.title(),
                    SafeLinks.http(e.link()),
                    e.feedTitle(),
                    e.published(),
                    e.excerpt(),
                    e.alsoIn().stream().map(FeedRef::title).toList(),
                    note));
  }
}
