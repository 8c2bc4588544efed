package org.partnerdigest.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The home page lists each entry once, under its best topic, with its other topics as tags. */
class HomePageTests extends CrawledSiteTest {

  /** In the topics "renewals" and "misconceptions" of the fixture catalog. */
  static final String TWO_TOPICS = "Five misconceptions about partner renewal";

  @Test
  void showsAnEntryInTwoTopicsOnceWithTheOtherTopicAsATag() {
    Document home = Jsoup.parse(site.get("/").body());

    List<Element> shown =
        home.select(".topic-section .hit-title").stream()
            .filter(title -> title.text().equals(TWO_TOPICS))
            .toList();
    assertThat(shown).hasSize(1);
    Element hit = shown.getFirst().closest("article");
    String section = hit.closest(".topic-section").selectFirst("h2").text();
    String tags = hit.selectFirst(".topics").text();
    assertThat(List.of(List.of(section, tags)))
        .containsAnyOf(
            List.of("Renewals and anniversary dates", "Also under: Misconceptions and myths"),
            List.of("Misconceptions and myths", "Also under: Renewals and anniversary dates"));
  }

  @Test
  void everyEntryAppearsExactlyOnce() {
    Document home = Jsoup.parse(site.get("/").body());

    List<String> titles = home.select(".topic-section .hit-title").eachText();
    assertThat(titles).isNotEmpty().doesNotHaveDuplicates();
  }
}
