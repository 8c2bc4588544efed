package org.partnerdigest.catalog;

import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.CollectionNode;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The text of {@code feeds.yml} with its node tree, for edits that touch only the characters they
 * change: where a node's text starts and ends, where its lines start and end, how it is indented.
 * SnakeYAML marks count code points; this class answers in {@code String} indexes.
 */
final class YamlDocument {

  final String text;
  final String newline;
  private final MappingNode root;
  private final boolean onlyBmp;

  private YamlDocument(String text, MappingNode root) {
    this.text = text;
    this.root = root;
    this.newline = text.contains("\r\n") ? "\r\n" : "\n";
    this.onlyBmp = text.length() == text.codePointCount(0, text.length());
  }

  /** The document, which must be valid YAML whose top level is a mapping (or empty). */
  static YamlDocument of(String text) throws EditRefusedException {
    var problems = new Problems("feeds.yml");
    Optional<Node> root = CatalogYaml.compose(text, problems);
    if (problems.count() > 0) {
      throw new EditRefusedException(
          "feeds.yml is not valid YAML; fix it first: " + problems.sorted().getFirst());
    }
    if (root.isPresent() && !(root.get() instanceof MappingNode)) {
      throw new EditRefusedException(
          "feeds.yml must be a mapping of groups, feeds, topics, synonyms");
    }
    return new YamlDocument(text, (MappingNode) root.orElse(null));
  }

  /** The top-level {@code name:} entry, if the file has one. */
  Optional<NodeTuple> section(String name) {
    if (root == null) {
      return Optional.empty();
    }
    return root.getValue().stream()
        .filter(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(name))
        .findFirst();
  }

  /** The items of a section written as a block list (one {@code -} per line). */
  List<Node> blockItems(NodeTuple section) throws EditRefusedException {
    Node value = section.getValueNode();
    if (Nodes.isNull(value)) {
      return List.of();
    }
    if (value instanceof SequenceNode seq && (seq.getValue().isEmpty() || !flow(seq))) {
      return seq.getValue();
    }
    throw new EditRefusedException(
        "'"
            + ((ScalarNode) section.getKeyNode()).getValue()
            + "' is not written as a list with one '- ' per line; write it so to edit it here");
  }

  static boolean flow(Node node) {
    return node instanceof CollectionNode<?> c && c.getFlowStyle() == FlowStyle.FLOW;
  }

  int index(Mark mark) {
    int codePoints = mark.getIndex();
    return onlyBmp ? codePoints : text.offsetByCodePoints(0, codePoints);
  }

  int start(Node node) {
    return index(node.getStartMark());
  }

  /** Just after the last character that belongs to the node (comments and blank lines excluded). */
  int contentEnd(Node node) {
    if (node instanceof CollectionNode<?> c && !flow(node) && !c.getValue().isEmpty()) {
      return switch (node) {
        case MappingNode m -> contentEnd(m.getValue().getLast());
        case SequenceNode s -> contentEnd(s.getValue().getLast());
        default -> throw new IllegalStateException("unknown collection " + node);
      };
    }
    int start = start(node);
    int end = index(node.getEndMark());
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--; // block scalars end after their trailing line breaks
    }
    return end;
  }

  int contentEnd(NodeTuple tuple) {
    return Math.max(contentEnd(tuple.getKeyNode()), contentEnd(tuple.getValueNode()));
  }

  /** The index of the {@code -} that introduces a block list item. */
  int dash(Node item) throws EditRefusedException {
    int i = start(item) - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    if (i < 0 || text.charAt(i) != '-') {
      throw new EditRefusedException(
          "line " + (item.getStartMark().getLine() + 1) + ": cannot find the '-' of this item");
    }
    return i;
  }

  int lineStart(int index) {
    return text.lastIndexOf('\n', index - 1) + 1;
  }

  /** Just after the line break ending the line of {@code index} (the text's end on a last line). */
  int lineEnd(int index) {
    int nl = text.indexOf('\n', index);
    return nl < 0 ? text.length() : nl + 1;
  }

  /** True when the text ends with a line break, so that a line can be appended as is. */
  boolean endsWithNewline() {
    return text.isEmpty() || text.endsWith("\n");
  }

  int column(int index) {
    return text.codePointCount(lineStart(index), index);
  }

  /** Just after the {@code :} that follows a mapping key. */
  int afterColon(NodeTuple tuple) throws EditRefusedException {
    int colon = text.indexOf(':', contentEnd(tuple.getKeyNode()));
    if (colon < 0) {
      throw new EditRefusedException("cannot find the ':' after a key");
    }
    return colon + 1;
  }

  static String spaces(int n) {
    return " ".repeat(Math.max(0, n));
  }
}
