package org.partnerdigest.web.curation;

import java.util.Arrays;
import java.util.List;
import org.partnerdigest.catalog.CatalogEdit.FeedFields;
import org.partnerdigest.catalog.FeedSource;

/**
 * The feed form as posted; every field is text as typed, so a refused change shows it again as it
 * was.
 *
 * @param tags comma-separated
 * @param paused the "paused" box ({@code enabled: false})
 * @param refresh a duration such as {@code 1h}, empty for adaptive
 */
record FeedForm(
    String key,
    String url,
    String title,
    String group,
    String tags,
    Boolean paused,
    String refresh) {

  static FeedForm of(FeedSource feed) {
    return new FeedForm(
        feed.key(),
        feed.url().toString(),
        feed.title(),
        feed.group(),
        String.join(", ", feed.tags()),
        !feed.enabled(),
        feed.refresh() == null ? "" : refresh(feed.refresh()));
  }

  FeedFields fields() {
    return new FeedFields(
        key,
        url,
        title,
        group,
        tags == null ? List.of() : Arrays.asList(tags.split(",")),
        !Boolean.TRUE.equals(paused),
        refresh);
  }

  FeedForm withKey(String fixed) {
    return new FeedForm(fixed, url, title, group, tags, paused, refresh);
  }

  /** A refresh interval as feeds.yml would say it: 6h, 1d, 2h30m. */
  static String refresh(java.time.Duration d) {
    if (d.toSeconds() % 86_400 == 0) {
      return d.toDays() + "d";
    }
    StringBuilder out = new StringBuilder();
    if (d.toHours() > 0) {
      out.append(d.toHours()).append('h');
    }
    if (d.toMinutesPart() > 0) {
      out.append(d.toMinutesPart()).append('m');
    }
    if (d.toSecondsPart() > 0) {
      out.append(d.toSecondsPart()).append('s');
    }
    return out.toString();
  }
}
