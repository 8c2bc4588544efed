package org.partnerdigest.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerdigest.search.SearchResults.FeedRef;
import org.partnerdigest.search.SearchResults.Hit;

class HomeSectionsTests {

  private static final List<String> ORDER = List.of("renewals", "benefits", "myths");

  private static Hit hit(String id, String... topics) {
    return new Hit(
        id, id, null, new FeedRef("f", "F"), null, null, null, List.of(topics), List.of());
  }

  private static Map<String, List<String>> ids(Map<String, List<Hit>> sections) {
    var ids = new java.util.LinkedHashMap<String, List<String>>();
    sections.forEach((k, v) -> ids.put(k, v.stream().map(Hit::id).toList()));
    return ids;
  }

  @Test
  void placesAnEntryWithSeveralTopicsOnceUnderItsBestTopic() {
    var sections =
        HomeSections.place(
            ORDER,
            List.of(hit("a", "renewals", "myths"), hit("b", "renewals")),
            Map.of("a", "myths", "b", "renewals"));

    assertThat(ids(sections))
        .containsExactly(Map.entry("renewals", List.of("b")), Map.entry("myths", List.of("a")));
  }

  @Test
  void fallsBackToTheFirstTopicInFeedsYmlOrderWithoutABestTopic() {
    var sections = HomeSections.place(ORDER, List.of(hit("a", "myths", "benefits")), Map.of());

    assertThat(ids(sections)).containsExactly(Map.entry("benefits", List.of("a")));
  }

  @Test
  void ignoresABestTopicTheEntryDoesNotCarryOrThePageDoesNotList() {
    var sections =
        HomeSections.place(
            ORDER,
            List.of(hit("a", "myths"), hit("b", "gone", "benefits")),
            Map.of("a", "renewals", "b", "gone"));

    assertThat(ids(sections))
        .containsExactly(Map.entry("benefits", List.of("b")), Map.entry("myths", List.of("a")));
  }

  @Test
  void entriesWithoutAListedTopicComeLastInEntryOrder() {
    var sections =
        HomeSections.place(
            ORDER, List.of(hit("x"), hit("a", "renewals"), hit("y", "gone")), Map.of());

    assertThat(ids(sections).keySet()).containsExactly("renewals", null);
    assertThat(sections.get(null)).extracting(Hit::id).containsExactly("x", "y");
  }
}
