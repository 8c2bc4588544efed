package org.partnerdigest.web;

import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partnerdigest.search.SearchQuery;
import org.partnerdigest.search.SearchResults.Hit;
import org.partnerdigest.search.SearchService;
import org.partnerdigest.web.HomeView.Section;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * "This week at a glance": entries of the last seven days (or the latest 20 when the week was
 * quiet) grouped by topic in the editor's order. An entry with several topics appears once, under
 * the topic it matches best ({@link HomeSections}), with its other topics as tags.
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
    List<TopicView> known = topics.all();
    Map<String, String> titles = new HashMap<>();
    known.forEach(t -> titles.put(t.key(), t.title()));
    Map<String, List<Hit>> placed =
        HomeSections.place(
            known.stream().map(TopicView::key).toList(),
            hits,
            search.bestTopics(hits.stream().map(Hit::id).toList()));
    List<Section> sections = new ArrayList<>();
    placed.forEach(
        (key, entries) -> {
          var views = entries.stream().map(h -> hitViews.of(h, key)).toList();
          sections.add(
              key == null
                  ? new Section(sections.isEmpty() ? "Latest" : "Everything else", null, views)
                  : new Section(titles.get(key), "/topics/" + key, views));
        });
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
