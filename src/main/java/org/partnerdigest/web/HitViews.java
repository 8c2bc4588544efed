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
        hit.topics().stream()
            .map(t -> LinkView.of(topics.title(t), "/topics/" + t, false))
            .toList(),
        hit.alsoIn() == null ? List.of() : hit.alsoIn().stream().map(FeedRef::title).toList());
  }
}
