package org.partnerdigest.catalog;

import java.util.Objects;
import java.util.Optional;
import org.partnerdigest.catalog.CatalogEdit.FeedFields;
import org.partnerdigest.catalog.CatalogEdit.GroupFields;
import org.partnerdigest.catalog.CatalogEdit.TopicFields;

/**
 * Checks that an edited file, read back by the validator, means what the editor asked for: the last
 * line of defence against a value that would turn into something else in YAML.
 */
final class EditEffects {

  private EditEffects() {}

  /** Empty when {@code after} shows the edit; else which part does not. */
  static Optional<String> mismatch(CatalogEdit edit, Catalog before, Catalog after) {
    boolean ok =
        switch (edit) {
          case CatalogEdit.AddFeed add -> feedIs(after, add.feed());
          case CatalogEdit.AddFeeds add -> add.feeds().stream().allMatch(f -> feedIs(after, f));
          case CatalogEdit.UpdateFeed update -> feedIs(after, update.feed());
          case CatalogEdit.PauseFeed pause ->
              after.feed(pause.key()).map(f -> f.enabled() != pause.paused()).orElse(false);
          case CatalogEdit.RemoveFeed remove -> after.feed(remove.key()).isEmpty();
          case CatalogEdit.AddTopic add -> topicIs(after, add.topic());
          case CatalogEdit.UpdateTopic update -> topicIs(after, update.topic());
          case CatalogEdit.RemoveTopic remove -> after.topic(remove.key()).isEmpty();
          case CatalogEdit.AddGroup add -> groupIs(after, add.group());
          case CatalogEdit.UpdateGroup update -> groupIs(after, update.group());
          case CatalogEdit.AddSynonymSet add ->
              after.synonyms().size() == before.synonyms().size() + 1
                  && after.synonyms().getLast().terms().equals(add.terms());
          case CatalogEdit.UpdateSynonymSet update ->
              after.synonyms().size() > update.index()
                  && after.synonyms().get(update.index()).terms().equals(update.terms());
          case CatalogEdit.RemoveSynonymSet remove ->
              after.synonyms().size() == before.synonyms().size() - 1;
        };
    return ok
        ? Optional.empty()
        : Optional.of("the file would not read back as typed (" + edit.describe() + ")");
  }

  private static boolean feedIs(Catalog catalog, FeedFields typed) {
    return catalog
        .feed(typed.key())
        .filter(f -> f.url().toString().equals(typed.url()))
        .filter(f -> Objects.equals(f.title(), orNull(typed.title())))
        .filter(f -> Objects.equals(f.group(), orNull(typed.group())))
        .filter(f -> f.tags().equals(typed.tags()))
        .filter(f -> f.enabled() == typed.enabled())
        .filter(
            f ->
                Objects.equals(
                    f.refresh(),
                    typed.refresh().isEmpty()
                        ? null
                        : RefreshDuration.parse(typed.refresh()).orElse(null)))
        .isPresent();
  }

  private static boolean topicIs(Catalog catalog, TopicFields typed) {
    String title = typed.title().isEmpty() ? typed.key() : typed.title();
    return catalog
        .topic(typed.key())
        .equals(Optional.of(new Topic(typed.key(), title, typed.query())));
  }

  private static boolean groupIs(Catalog catalog, GroupFields typed) {
    String title = typed.title().isEmpty() ? typed.key() : typed.title();
    return catalog
        .group(typed.key())
        .filter(g -> g.title().equals(title))
        .filter(g -> g.tier().name().equalsIgnoreCase(typed.tier()))
        .isPresent();
  }

  private static String orNull(String value) {
    return value.isEmpty() ? null : value;
  }
}
