package org.partnerdigest.catalog;

import java.util.List;

/**
 * One change an editor makes to {@code feeds.yml} from the browser. {@link FeedsFileEditor} turns
 * it into a new text that differs from the old one only where the change is.
 */
public sealed interface CatalogEdit {

  /** For people and the audit log, e.g. "add feed 'ciaops'". */
  String describe();

  /** The fields of a feed as the editor typed them; blank optional fields are left out. */
  record FeedFields(
      String key,
      String url,
      String title,
      String group,
      List<String> tags,
      boolean enabled,
      String refresh) {

    public FeedFields {
      key = trim(key);
      url = trim(url);
      title = trim(title);
      group = trim(group);
      refresh = trim(refresh);
      tags = tags.stream().map(CatalogEdit::trim).filter(t -> !t.isEmpty()).distinct().toList();
    }
  }

  /** A topic as the editor typed it. */
  record TopicFields(String key, String title, String query) {
    public TopicFields {
      key = trim(key);
      title = trim(title);
      query = trim(query);
    }
  }

  /** A group as the editor typed it; {@code tier} is official or community. */
  record GroupFields(String key, String title, String tier) {
    public GroupFields {
      key = trim(key);
      title = trim(title);
      tier = trim(tier);
    }
  }

  record AddFeed(FeedFields feed) implements CatalogEdit {
    public String describe() {
      return "add feed '" + feed.key() + "' (" + feed.url() + ")";
    }
  }

  /** Several feeds at once, e.g. from an OPML file. */
  record AddFeeds(List<FeedFields> feeds) implements CatalogEdit {
    public AddFeeds {
      feeds = List.copyOf(feeds);
    }

    public String describe() {
      return "add "
          + feeds.size()
          + " feed(s): "
          + String.join(", ", feeds.stream().map(FeedFields::key).toList());
    }
  }

  /** New values for a feed's fields; its key stays (entries are stored under it). */
  record UpdateFeed(FeedFields feed) implements CatalogEdit {
    public String describe() {
      return "edit feed '" + feed.key() + "'";
    }
  }

  record PauseFeed(String key, boolean paused) implements CatalogEdit {
    public String describe() {
      return (paused ? "pause" : "resume") + " feed '" + key + "'";
    }
  }

  record RemoveFeed(String key) implements CatalogEdit {
    public String describe() {
      return "remove feed '" + key + "'";
    }
  }

  record AddTopic(TopicFields topic) implements CatalogEdit {
    public String describe() {
      return "add topic '" + topic.key() + "'";
    }
  }

  record UpdateTopic(TopicFields topic) implements CatalogEdit {
    public String describe() {
      return "edit topic '" + topic.key() + "'";
    }
  }

  record RemoveTopic(String key) implements CatalogEdit {
    public String describe() {
      return "remove topic '" + key + "'";
    }
  }

  record AddGroup(GroupFields group) implements CatalogEdit {
    public String describe() {
      return "add group '" + group.key() + "'";
    }
  }

  record UpdateGroup(GroupFields group) implements CatalogEdit {
    public String describe() {
      return "edit group '" + group.key() + "'";
    }
  }

  record AddSynonymSet(List<String> terms) implements CatalogEdit {
    public AddSynonymSet {
      terms = cleanTerms(terms);
    }

    public String describe() {
      return "add synonym set [" + String.join(", ", terms) + "]";
    }
  }

  /** Synonym sets have no key: {@code index} is the set's position (0-based) in the file. */
  record UpdateSynonymSet(int index, List<String> terms) implements CatalogEdit {
    public UpdateSynonymSet {
      terms = cleanTerms(terms);
    }

    public String describe() {
      return "edit synonym set " + (index + 1) + " to [" + String.join(", ", terms) + "]";
    }
  }

  record RemoveSynonymSet(int index) implements CatalogEdit {
    public String describe() {
      return "remove synonym set " + (index + 1);
    }
  }

  private static String trim(String value) {
    return value == null ? "" : value.strip();
  }

  private static List<String> cleanTerms(List<String> terms) {
    return terms.stream().map(CatalogEdit::trim).filter(t -> !t.isEmpty()).distinct().toList();
  }
}
