package org.partnerdigest.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnerdigest.catalog.CatalogEdit.FeedFields;
import org.partnerdigest.catalog.ItemFields.Literal;

/**
 * Applies a {@link CatalogEdit} to the text of {@code feeds.yml} by surgery, never by writing the
 * YAML out again: every character outside the edited item (comments, order, quoting, blank lines)
 * stays as it was. Values are quoted as needed ({@link YamlText}) so they read back as typed. Pure;
 * the result still has to pass {@link CatalogParser}.
 */
public final class FeedsFileEditor {

  private FeedsFileEditor() {}

  /**
   * The text after the edit.
   *
   * @throws EditRefusedException when the edit cannot be made (an unknown key, a layout this editor
   *     does not handle); the message says why
   */
  public static String apply(String text, CatalogEdit edit) throws EditRefusedException {
    YamlDocument doc = YamlDocument.of(text);
    TextEdits edits = new TextEdits();
    switch (edit) {
      case CatalogEdit.AddFeed add -> feeds(doc).append(edits, lines(feedValues(add.feed())));
      case CatalogEdit.AddFeeds add -> {
        ListSection feeds = feeds(doc);
        for (FeedFields feed : add.feeds()) {
          feeds.append(edits, lines(feedValues(feed)));
        }
      }
      case CatalogEdit.UpdateFeed update -> {
        FeedFields feed = update.feed();
        ItemFields fields = feedFields(doc, feed.key());
        Map<String, Object> values = feedValues(feed);
        values.remove("key");
        values.put("enabled", enabled(fields, feed.enabled()));
        set(edits, fields, values);
      }
      case CatalogEdit.PauseFeed pause -> {
        ItemFields fields = feedFields(doc, pause.key());
        fields.set(edits, "enabled", enabled(fields, !pause.paused()));
      }
      case CatalogEdit.RemoveFeed remove ->
          feeds(doc).remove(edits, feeds(doc).item(remove.key(), "feed"));
      case CatalogEdit.AddTopic add -> topics(doc).append(edits, lines(topicValues(add.topic())));
      case CatalogEdit.UpdateTopic update -> {
        var topic = update.topic();
        var item = topics(doc).item(topic.key(), "topic");
        Map<String, Object> values = topicValues(topic);
        values.remove("key");
        set(edits, new ItemFields(doc, item, CatalogReader.TOPIC), values);
      }
      case CatalogEdit.RemoveTopic remove ->
          topics(doc).remove(edits, topics(doc).item(remove.key(), "topic"));
      case CatalogEdit.AddGroup add -> groups(doc).append(edits, lines(groupValues(add.group())));
      case CatalogEdit.UpdateGroup update -> {
        var group = update.group();
        var item = groups(doc).item(group.key(), "group");
        Map<String, Object> values = groupValues(group);
        values.remove("key");
        set(edits, new ItemFields(doc, item, CatalogReader.GROUP), values);
      }
      case CatalogEdit.AddSynonymSet add ->
          synonyms(doc).append(edits, List.of(YamlText.flowList(add.terms())));
      case CatalogEdit.UpdateSynonymSet update -> {
        ListSection synonyms = synonyms(doc);
        synonyms.replace(
            edits, synonyms.item(update.index(), "synonym set"), YamlText.flowList(update.terms()));
      }
      case CatalogEdit.RemoveSynonymSet remove ->
          synonyms(doc).remove(edits, synonyms(doc).item(remove.index(), "synonym set"));
    }
    return edits.applyTo(text);
  }

  private static ListSection feeds(YamlDocument doc) throws EditRefusedException {
    return new ListSection(doc, "feeds");
  }

  private static ListSection topics(YamlDocument doc) throws EditRefusedException {
    return new ListSection(doc, "topics");
  }

  private static ListSection groups(YamlDocument doc) throws EditRefusedException {
    return new ListSection(doc, "groups");
  }

  private static ListSection synonyms(YamlDocument doc) throws EditRefusedException {
    return new ListSection(doc, "synonyms");
  }

  private static ItemFields feedFields(YamlDocument doc, String key) throws EditRefusedException {
    return new ItemFields(doc, feeds(doc).item(key, "feed"), FeedReader.FEED);
  }

  /** {@code enabled: false} when paused; {@code true} only where the line is already written. */
  private static Object enabled(ItemFields fields, boolean enabled) {
    if (!enabled) {
      return new Literal("false");
    }
    return fields.has("enabled") ? new Literal("true") : null;
  }

  /** The fields in the file's usual order; blank optional ones are null (left out). */
  private static Map<String, Object> feedValues(FeedFields feed) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("key", feed.key());
    values.put("url", feed.url());
    values.put("title", blankToNull(feed.title()));
    values.put("group", blankToNull(feed.group()));
    values.put("tags", feed.tags().isEmpty() ? null : feed.tags());
    values.put("enabled", feed.enabled() ? null : new Literal("false"));
    values.put("refresh", blankToNull(feed.refresh()));
    return values;
  }

  private static Map<String, Object> topicValues(CatalogEdit.TopicFields topic) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("key", topic.key());
    values.put("title", blankToNull(topic.title()));
    values.put("query", topic.query());
    return values;
  }

  private static Map<String, Object> groupValues(CatalogEdit.GroupFields group) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("key", group.key());
    values.put("title", blankToNull(group.title()));
    values.put("tier", group.tier());
    return values;
  }

  private static void set(TextEdits edits, ItemFields fields, Map<String, Object> values)
      throws EditRefusedException {
    for (var value : values.entrySet()) {
      fields.set(edits, value.getKey(), value.getValue());
    }
  }

  private static List<String> lines(Map<String, Object> values) throws EditRefusedException {
    List<String> lines = new ArrayList<>();
    for (var value : values.entrySet()) {
      if (value.getValue() != null) {
        lines.add(value.getKey() + ": " + ItemFields.render(value.getValue()));
      }
    }
    return lines;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
