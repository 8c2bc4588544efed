package org.partnerdigest.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The fields of one item of a list (a feed, group or topic) as text: a field whose value does not
 * change is not touched at all (not even re-quoted), a changed value is rewritten in place (a
 * comment after it stays), a new field gets its own line in the usual order, and a removed field
 * loses exactly its lines.
 */
final class ItemFields {

  /** A value written as is, without quoting (booleans). */
  record Literal(String text) {}

  private final YamlDocument doc;
  private final MappingNode item;
  private final List<String> order;

  ItemFields(YamlDocument doc, MappingNode item, List<String> order) {
    this.doc = doc;
    this.item = item;
    this.order = order;
  }

  boolean has(String field) {
    return tuple(field).filter(t -> !Nodes.isNull(t.getValueNode())).isPresent();
  }

  /**
   * Sets {@code field} to {@code value}: a {@code String}, a {@code List<String>} (written as a
   * flow list), a {@link Literal}, or {@code null} to remove the field.
   */
  void set(TextEdits edits, String field, Object value) throws EditRefusedException {
    Optional<NodeTuple> existing = tuple(field);
    if (existing.isEmpty()) {
      if (value != null) {
        add(edits, field, value);
      }
      return;
    }
    NodeTuple tuple = existing.get();
    if (Objects.equals(current(tuple.getValueNode()), plain(value))) {
      return;
    }
    if (value == null) {
      removeLines(edits, tuple);
      return;
    }
    Node old = tuple.getValueNode();
    String written = render(value);
    int start = doc.start(old);
    int end = doc.contentEnd(old);
    if (start == end) {
      edits.insert(doc.afterColon(tuple), " " + written); // "title:" with nothing after it
    } else if (spansLines(old)) {
      edits.replace(doc.afterColon(tuple), end, " " + written);
    } else {
      edits.replace(start, end, written);
    }
  }

  private void add(TextEdits edits, String field, Object value) throws EditRefusedException {
    NodeTuple anchor = item.getValue().getLast();
    int rank = order.indexOf(field);
    for (NodeTuple t : item.getValue()) {
      int other = order.indexOf(((ScalarNode) t.getKeyNode()).getValue());
      if (other >= 0 && other < rank) {
        anchor = t;
      }
    }
    int at = doc.lineEnd(doc.contentEnd(anchor));
    int column = doc.column(doc.start(item.getValue().getFirst().getKeyNode()));
    String line = YamlDocument.spaces(column) + field + ": " + render(value) + doc.newline;
    boolean needsBreak = at == doc.text.length() && !doc.endsWithNewline();
    edits.insert(at, (needsBreak ? doc.newline : "") + line);
  }

  private void removeLines(TextEdits edits, NodeTuple tuple) throws EditRefusedException {
    int keyLine = doc.lineStart(doc.start(tuple.getKeyNode()));
    if (keyLine <= doc.dash(item)) {
      throw new EditRefusedException(
          "'"
              + ((ScalarNode) tuple.getKeyNode()).getValue()
              + "' shares its line with the '-' of its item; move it to a line of its own first");
    }
    edits.delete(keyLine, doc.lineEnd(doc.contentEnd(tuple)));
  }

  private Optional<NodeTuple> tuple(String field) {
    return item.getValue().stream()
        .filter(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(field))
        .findFirst();
  }

  private static boolean spansLines(Node node) {
    if (node instanceof ScalarNode s) {
      return s.getScalarStyle() == ScalarStyle.LITERAL || s.getScalarStyle() == ScalarStyle.FOLDED;
    }
    return !YamlDocument.flow(node);
  }

  /** The value as the catalog reads it: stripped text, a list of texts, or null when absent. */
  private static Object current(Node node) {
    if (Nodes.isNull(node)) {
      return null;
    }
    if (node instanceof ScalarNode s) {
      return s.getValue().strip();
    }
    if (node instanceof SequenceNode seq) {
      List<String> values = new ArrayList<>();
      for (Node n : seq.getValue()) {
        if (!(n instanceof ScalarNode s)) {
          return node; // nested structure: never equal to what an editor types
        }
        values.add(s.getValue().strip());
      }
      return values;
    }
    return node;
  }

  private static Object plain(Object value) {
    return value instanceof Literal l ? l.text() : value;
  }

  /** How a value is written: quoted as needed, lists in flow style, literals as they are. */
  @SuppressWarnings("unchecked")
  static String render(Object value) throws EditRefusedException {
    return switch (value) {
      case Literal l -> l.text();
      case String s -> YamlText.scalar(s);
      case List<?> list -> YamlText.flowList((List<String>) list);
      default -> throw new IllegalArgumentException("cannot write " + value);
    };
  }
}
