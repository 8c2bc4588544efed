package org.partnerdigest.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnerdigest.search.SearchResults.Hit;

/**
 * Places each entry of the home page under one topic: the one the search module found it best
 * matches, else the first of its topics in {@code feeds.yml} order; entries without a listed topic
 * go to the last section (key {@code null}). Sections follow the editor's topic order and keep the
 * entries' order.
 */
final class HomeSections {

  private HomeSections() {}

  /**
   * @param topicOrder the topic keys as {@code feeds.yml} lists them
   * @param best entry id → key of its best topic (entries missing here fall back to the order)
   * @return topic key (or {@code null} for the rest) → its entries, in display order, empty
   *     sections left out
   */
  static Map<String, List<Hit>> place(
      List<String> topicOrder, List<Hit> hits, Map<String, String> best) {
    Map<String, List<Hit>> sections = new LinkedHashMap<>();
    topicOrder.forEach(key -> sections.put(key, new ArrayList<>()));
    List<Hit> rest = new ArrayList<>();
    for (Hit hit : hits) {
      String chosen = best.get(hit.id());
      if (chosen == null || !hit.topics().contains(chosen) || !sections.containsKey(chosen)) {
        chosen = topicOrder.stream().filter(hit.topics()::contains).findFirst().orElse(null);
      }
      (chosen == null ? rest : sections.get(chosen)).add(hit);
    }
    sections.values().removeIf(List::isEmpty);
    if (!rest.isEmpty()) {
      sections.put(null, rest);
    }
    return sections;
  }
}
