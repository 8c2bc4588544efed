package org.partnerdigest.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.partnerdigest.search.SearchResults.FeedRef;
import org.partnerdigest.search.SearchResults.Hit;
import org.springframework.stereotype.Component;

/** Turns search hits into what the pages show: titles for keys, badges, readable dates. */
@Component
class HitViews {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private final SourceDirectory sources;
  private final TopicDirectory topics;

  HitViews(SourceDirectory sources, TopicDirectory topics) {
    this.sources = sources;
    this.topics = topics;
  }

  /**
   * The hit as shown in the section of topic {@code shownUnder}: its topic links leave that topic
   * out (the section heading names it).
   */
  HitView of(Hit hit, String shownUnder) {
    HitView view = of(hit);
    if (shownUnder == null) {
      return view;
    }
    String href = topicHref(shownUnder);
    return new HitView(
        view.id(),
        view.title(),
        view.link(),
        view.feedKey(),
        view.feedTitle(),
        view.official(),
        view.author(),
        view.published(),
        view.publishedText(),
        view.snippet(),
        view.topics().stream().filter(t -> !t.href().equals(href)).toList(),
        view.alsoIn());
  }

  private static String topicHref(String key) {
    return "/topics/" + key;
  }

  HitView of(Hit hit) {
    String feedTitle =
        hit.feed().title() != null ? hit.feed().title() : sources.title(hit.feed().key());
    return new HitView(
        hit.id(),
        hit.title() == null || hit.title().isBlank() ? "(untitled)" : hit.title(),
        HttpLinks.only(hit.link()),
        hit.feed().key(),
        feedTitle,
        sources.official(hit.feed().key()),
        hit.author(),
        hit.published() == null ? null : hit.published().toString(),
        hit.published() == null ? null : DAY.format(hit.published()),
        hit.snippet(),
        hit.topics().stream().map(t -> LinkView.of(topics.title(t), topicHref(t), false)).toList(),
        hit.alsoIn() == null ? List.of() : hit.alsoIn().stream().map(FeedRef::title).toList());
  }
}
