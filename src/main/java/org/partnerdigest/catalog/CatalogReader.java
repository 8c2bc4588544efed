package org.partnerdigest.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Walks the node tree of {@code feeds.yml} into a {@link Catalog}, reporting every problem it finds
 * and carrying on, so that one run shows the editor all of them.
 */
final class CatalogReader {

  static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]*");
  static final String KEY_RULE =
      "lower-case letters, digits and '-', starting with a letter or digit";

  private static final List<String> TOP = List.of("groups", "feeds", "topics", "synonyms");
  static final List<String> GROUP = List.of("key", "title", "tier");
  static final List<String> TOPIC = List.of("key", "title", "query");

  private final Problems problems;

  /** Keys of every group with a well-formed key, even one with other errors: feeds may cite it. */
  private final List<String> groupKeys = new ArrayList<>();

  CatalogReader(Problems problems) {
    this.problems = problems;
  }

  Catalog read(Node root) {
    var top = Fields.of(root, "the top level", TOP, problems);
    if (top.isEmpty()) {
      return Catalog.empty();
    }
    var fields = top.get();
    var groups = fields.value("groups").map(this::groups).orElse(List.of());
    var feeds =
        fields
            .value("feeds")
            .map(n -> new FeedReader(problems, groupKeys).feeds(n))
            .orElse(List.of());
    var topics = fields.value("topics").map(this::topics).orElse(List.of());
    var synonyms = fields.value("synonyms").map(this::synonyms).orElse(List.of());
    return new Catalog(groups, feeds, topics, synonyms);
  }

  private List<Group> groups(Node node) {
    var unique = new UniqueKeys("group", problems);
    var groups = new ArrayList<Group>();
    for (var item : Nodes.list(node, "'groups'", problems)) {
      Fields.of(item, "a group", GROUP, problems)
          .flatMap(f -> group(f, unique))
          .ifPresent(groups::add);
    }
    return groups;
  }

  private Optional<Group> group(Fields fields, UniqueKeys unique) {
    var key = key(fields, unique, problems);
    key.ifPresent(groupKeys::add);
    var tier = fields.required("tier", fields.what()).flatMap(this::tier);
    var title = fields.optional("title").map(Scalar::text);
    if (key.isEmpty() || tier.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Group(key.get(), title.orElse(key.get()), tier.get()));
  }

  private Optional<Group.Tier> tier(Scalar tier) {
    var names = List.of("official", "community");
    if (names.contains(tier.text())) {
      return Optional.of(Group.Tier.valueOf(tier.text().toUpperCase(Locale.ROOT)));
    }
    var hint =
        DidYouMean.closest(tier.text(), names).map(s -> " (did you mean '" + s + "'?)").orElse("");
    problems.at(tier.node(), "bad tier '" + tier.text() + "': use official or community" + hint);
    return Optional.empty();
  }

  private List<Topic> topics(Node node) {
    var unique = new UniqueKeys("topic", problems);
    var topics = new ArrayList<Topic>();
    for (var item : Nodes.list(node, "'topics'", problems)) {
      Fields.of(item, "a topic", TOPIC, problems)
          .flatMap(f -> topic(f, unique))
          .ifPresent(topics::add);
    }
    return topics;
  }

  private Optional<Topic> topic(Fields fields, UniqueKeys unique) {
    var key = key(fields, unique, problems);
    var named = fields.what();
    var title = fields.optional("title").map(Scalar::text);
    var query = fields.required("query", named).filter(q -> queryIsSane(q, named));
    if (key.isEmpty() || query.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Topic(key.get(), title.orElse(key.get()), query.get().text()));
  }

  private boolean queryIsSane(Scalar query, String named) {
    if (query.text().isBlank()) {
      problems.at(
          query.node(), named + " has an empty query; write the words or phrases it matches");
      return false;
    }
    var raw = query.node().getValue();
    var slip = QuerySyntax.check(raw);
    slip.ifPresent(
        s ->
            problems.at(
                query.node().getStartMark(),
                columnOf(query, s.offset()),
                "query of " + named + ": " + s.message()));
    return slip.isEmpty();
  }

  /**
   * The column offset of a character of a one-line scalar, or 0 when escapes make it unknowable.
   */
  private static int columnOf(Scalar scalar, int offset) {
    var node = scalar.node();
    if (node.getStartMark().getLine() != node.getEndMark().getLine()) {
      return 0;
    }
    int written = node.getEndMark().getColumn() - node.getStartMark().getColumn();
    int quotes = node.getScalarStyle() == ScalarStyle.PLAIN ? 0 : 1;
    return written == node.getValue().length() + 2 * quotes ? offset + quotes : 0;
  }

  private List<SynonymSet> synonyms(Node node) {
    var sets = new ArrayList<SynonymSet>();
    for (var item : Nodes.list(node, "'synonyms'", problems)) {
      var terms = new ArrayList<String>();
      for (var term : Nodes.list(item, "a synonym set", problems)) {
        Nodes.scalar(term, "a synonym term", problems)
            .filter(t -> !t.text().isEmpty() || empty(t, "an empty synonym term"))
            .ifPresent(t -> terms.add(t.text()));
      }
      if (terms.size() == 1) {
        problems.at(
            item, "a synonym set needs at least two terms, found only '" + terms.getFirst() + "'");
      } else if (terms.size() > 1) {
        sets.add(new SynonymSet(terms));
      }
    }
    return sets;
  }

  private boolean empty(Scalar scalar, String message) {
    problems.at(scalar.node(), message);
    return false;
  }

  /** The required, well-formed and unique {@code key} of a group, feed or topic. */
  static Optional<String> key(Fields fields, UniqueKeys unique, Problems problems) {
    var key = fields.required("key", fields.what());
    if (key.isEmpty()) {
      return Optional.empty();
    }
    var text = key.get().text();
    if (!KEY.matcher(text).matches()) {
      problems.at(key.get().node(), "bad key '" + text + "': use " + KEY_RULE);
      return Optional.empty();
    }
    return unique.claim(text, key.get().node()) ? Optional.of(text) : Optional.empty();
  }
}
