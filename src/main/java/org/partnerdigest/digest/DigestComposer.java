package org.partnerdigest.digest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnerdigest.archive.ArchivedEntry;
import org.partnerdigest.archive.EntryArchive;
import org.partnerdigest.catalog.CatalogService;
import org.partnerdigest.catalog.Topic;
import org.partnerdigest.search.IndexedEntry;
import org.partnerdigest.search.SearchService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Composes what an edition holds: the entries first archived in its window, less those published
 * more than {@code max-entry-age} before the cut-off (a new feed's back catalogue) and those
 * hidden; pinned ones first with their notes; then per topic, ranked by the search module,
 * duplicates folded; the misconceptions topic leads; entries without a topic come last.
 */
@Component
class DigestComposer {

  private static final Logger log = LoggerFactory.getLogger(DigestComposer.class);
  private static final Duration INDEX_WAIT = Duration.ofMinutes(2);

  private final EntryArchive archive;
  private final SearchService search;
  private final CatalogService catalog;
  private final DigestProperties properties;

  DigestComposer(
      EntryArchive archive,
      SearchService search,
      CatalogService catalog,
      DigestProperties properties) {
    this.archive = archive;
    this.search = search;
    this.catalog = catalog;
    this.properties = properties;
  }

  EditionContent compose(Instant windowStart, Instant cutoff) {
    if (!search.awaitCaughtUp(INDEX_WAIT)) {
      log.warn("the search index is behind the archive; entries not indexed yet are left out");
    }
    Instant oldest = cutoff.minus(properties.digest().maxEntryAge());
    List<ArchivedEntry> window =
        archive.firstSeenBetween(windowStart, cutoff).stream()
            .filter(e -> !e.date().isBefore(oldest))
            .toList();
    if (window.isEmpty()) {
      return EditionContent.EMPTY;
    }
    List<String> ids = window.stream().map(ArchivedEntry::id).toList();
    Map<String, IndexedEntry> indexed =
        search.rank(null, ids, cutoff).stream()
            .collect(
                Collectors.toMap(
                    IndexedEntry::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));

    List<EditionContent.Pinned> pinned =
        window.stream()
            .filter(e -> e.flags().pinned() && indexed.containsKey(e.id()))
            .sorted(Comparator.comparing(ArchivedEntry::date).reversed())
            .map(
                e ->
                    new EditionContent.Pinned(
                        e.id(), e.flags().pinNote(), indexed.get(e.id()).topics()))
            .toList();

    List<EditionContent.Section> sections = new ArrayList<>();
    for (Topic topic : topicsMisconceptionsFirst()) {
      List<String> ranked =
          search.rank(topic.key(), ids, cutoff).stream().map(IndexedEntry::id).toList();
      if (!ranked.isEmpty()) {
        sections.add(new EditionContent.Section(topic.key(), title(topic), ranked));
      }
    }
    List<String> untagged =
        indexed.values().stream().filter(e -> e.topics().isEmpty()).map(IndexedEntry::id).toList();
    if (!untagged.isEmpty()) {
      sections.add(new EditionContent.Section(null, "Also new", untagged));
    }
    return new EditionContent(pinned, sections);
  }

  private List<Topic> topicsMisconceptionsFirst() {
    return catalog.current().topics().stream()
        .sorted(Comparator.comparing((Topic t) -> !t.key().equals(EditionContent.MISCONCEPTIONS)))
        .toList();
  }

  private static String title(Topic topic) {
    return topic.key().equals(EditionContent.MISCONCEPTIONS)
        ? "Misconceptions corrected"
        : topic.title();
  }
}
