package org.partnerdigest.web;

import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.partnerdigest.search.SearchQuery;
import org.partnerdigest.search.SearchResults.Hit;
import org.partnerdigest.search.SearchService;
import org.partnerdigest.web.HomeView.Section;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * "This week at a glance": entries of the last seven days (or the latest 20 when the week was
 * quiet) grouped by topic in the editor's order; an entry with several topics appears under each.
 */
@Component
class HomePage {

  private static final int WEEK_LIMIT = 100;
  private static final int FALLBACK_LIMIT = 20;

  private final SearchService search;
  private final TopicDirectory topics;
  private final HitViews hitViews;
  private final InstantSource clock;

  HomePage(
      SearchService search,
      TopicDirectory topics,
      HitViews hitViews,
      ObjectProvider<InstantSource> clock) {
    this.search = search;
    this.topics = topics;
    this.hitViews = hitViews;
    this.clock = clock.getIfUnique(InstantSource::system);
  }

  HomeView view() {
    LocalDate weekAgo = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(7);
    List<Hit> hits = latest(weekAgo, WEEK_LIMIT);
    boolean lastWeek = !hits.isEmpty();
    if (!lastWeek) {
      hits = latest(null, FALLBACK_LIMIT);
    }
    List<Section> sections = new ArrayList<>();
    for (var topic : topics.all()) {
      var entries =
          hits.stream().filter(h -> h.topics().contains(topic.key())).map(hitViews::of).toList();
      if (!entries.isEmpty()) {
        sections.add(new Section(topic.title(), "/topics/" + topic.key(), entries));
      }
    }
    var known = topics.all().stream().map(TopicView::key).toList();
    var other =
        hits.stream()
            .filter(h -> h.topics().stream().noneMatch(known::contains))
            .map(hitViews::of)
            .toList();
    if (!other.isEmpty()) {
      sections.add(new Section(sections.isEmpty() ? "Latest" : "Everything else", null, other));
    }
    return new HomeView(lastWeek, hits.size(), sections);
  }

  private List<Hit> latest(LocalDate from, int size) {
    return search
        .search(
            new SearchQuery(
                null, null, null, null, null, from, null, SearchQuery.Sort.DATE, 0, size))
        .hits();
  }
}
