package org.partnerdigest.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.partnerdigest.archive.ArchivedEntry;
import org.partnerdigest.archive.EntryArchive;
import org.partnerdigest.archive.EntryFilter;
import org.partnerdigest.archive.EntryFilter.State;
import org.partnerdigest.archive.EntryListing;
import org.partnerdigest.search.IndexedEntry;
import org.partnerdigest.search.SearchQuery;
import org.partnerdigest.search.SearchService;
import org.springframework.stereotype.Component;

/**
 * What {@code /admin/entries} lists. Feed and flag filters read the archive (hidden entries are no
 * longer indexed); topics exist only in the index, so a topic filter lists indexed entries through
 * a search, or, for pinned entries (few), checks each one's topics.
 */
@Component("entryFlags")
class EditorEntries {

  static final int PAGE_SIZE = 25;
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private final EntryListing listing;
  private final EntryArchive archive;
  private final SearchService search;
  private final SourceDirectory sources;

  EditorEntries(
      EntryListing listing, EntryArchive archive, SearchService search, SourceDirectory sources) {
    this.listing = listing;
    this.archive = archive;
    this.search = search;
    this.sources = sources;
  }

  /**
   * One page of entries.
   *
   * @param topic a topic key or null
   * @param page 1-based
   */
  Listing list(String feed, String topic, State state, int page) {
    if (topic == null) {
      var entries = listing.list(new EntryFilter(feed, state), page, PAGE_SIZE);
      return new Listing(rows(entries.entries()), page, entries.pages(), entries.total(), null);
    }
    return switch (state) {
      case HIDDEN ->
          new Listing(
              List.of(),
              1,
              1,
              0,
              "Hidden entries are not in the search index, so they have no topics: "
                  + "clear the topic to list them.");
      case PINNED -> pinnedInTopic(feed, topic, page);
      case ALL, VISIBLE -> inTopic(feed, topic, page);
    };
  }

  /** The flags of one entry, for the editor controls on search results. */
  public ArchivedEntry.EntryFlags of(String id) {
    return archive.find(id).map(ArchivedEntry::flags).orElse(ArchivedEntry.EntryFlags.NONE);
  }

  Optional<ArchivedEntry> find(String id) {
    return archive.find(id);
  }

  private Listing inTopic(String feed, String topic, int page) {
    int deepest = 10_000 / PAGE_SIZE;
    int at = Math.min(page, deepest);
    var results =
        search.search(
            new SearchQuery(
                null,
                feed,
                null,
                topic,
                null,
                null,
                null,
                SearchQuery.Sort.DATE,
                at - 1,
                PAGE_SIZE));
    List<ArchivedEntry> entries =
        results.hits().stream().flatMap(hit -> archive.find(hit.id()).stream()).toList();
    int pages = (int) Math.min(deepest, Math.max(1, (results.total() + PAGE_SIZE - 1) / PAGE_SIZE));
    String note = "Only entries in the search index have topics; hidden entries are not listed.";
    return new Listing(rows(entries), at, pages, results.total(), note);
  }

  private Listing pinnedInTopic(String feed, String topic, int page) {
    var pinned = listing.list(new EntryFilter(feed, State.PINNED), 1, 1_000).entries();
    List<ArchivedEntry> inTopic =
        pinned.stream()
            .filter(
                e ->
                    search
                        .entry(e.id())
                        .map(IndexedEntry::topics)
                        .orElse(List.of())
                        .contains(topic))
            .toList();
    int pages = Math.max(1, (inTopic.size() + PAGE_SIZE - 1) / PAGE_SIZE);
    int at = Math.min(Math.max(page, 1), pages);
    List<ArchivedEntry> slice =
        inTopic.subList((at - 1) * PAGE_SIZE, Math.min(inTopic.size(), at * PAGE_SIZE));
    return new Listing(rows(slice), at, pages, inTopic.size(), null);
  }

  private List<EntryRow> rows(List<ArchivedEntry> entries) {
    return entries.stream().map(this::row).toList();
  }

  EntryRow row(ArchivedEntry e) {
    String title = e.entry().title();
    return new EntryRow(
        e.id(),
        title == null || title.isBlank() ? "(untitled)" : title,
        e.entry().link(),
        sources.title(e.feedKey()),
        e.date() == null ? null : DAY.format(e.date()),
        e.flags().hidden(),
        e.flags().pinned(),
        e.flags().pinNote());
  }

  /**
   * @param note a remark on what the filter cannot show, or null
   */
  record Listing(List<EntryRow> rows, int page, int pages, long total, String note) {}
}
