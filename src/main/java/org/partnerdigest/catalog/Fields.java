package org.partnerdigest.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The keys of one YAML mapping, checked against the keys allowed there: unknown keys (with a "did
 * you mean"), duplicate keys and non-text keys are reported; values are looked up by name.
 */
final class Fields {

  private final MappingNode mapping;
  private final String what;
  private final Problems problems;
  private final Map<String, NodeTuple> byKey = new LinkedHashMap<>();

  private Fields(MappingNode mapping, String what, List<String> allowed, Problems problems) {
    this.mapping = mapping;
    this.what = named(mapping, what);
    this.problems = problems;
    for (var tuple : mapping.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
        problems.at(tuple.getKeyNode(), "a key must be plain text, not " + Nodes.kind(tuple));
        continue;
      }
      var key = keyNode.getValue();
      if (!allowed.contains(key)) {
        problems.at(keyNode, unknownKey(key, allowed));
      } else if (byKey.containsKey(key)) {
        int first = byKey.get(key).getKeyNode().getStartMark().getLine() + 1;
        problems.at(
            keyNode, "duplicate key '" + key + "' in " + what + " (first at line " + first + ")");
      } else {
        byKey.put(key, tuple);
      }
    }
  }

  /** The fields of {@code node}, or empty (with a problem) when it is not a mapping. */
  static Optional<Fields> of(Node node, String what, List<String> allowed, Problems problems) {
    if (node instanceof MappingNode mapping) {
      return Optional.of(new Fields(mapping, what, allowed, problems));
    }
    problems.at(
        node,
        "expected "
            + what
            + " as a mapping of "
            + String.join(", ", allowed)
            + ", found "
            + Nodes.kind(node));
    return Optional.empty();
  }

  /** "feed 'x'" when the mapping has a plain {@code key}, else {@code what} ("a feed"). */
  private static String named(MappingNode mapping, String what) {
    for (var tuple : mapping.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode k
          && k.getValue().equals("key")
          && tuple.getValueNode() instanceof ScalarNode v
          && !v.getValue().isBlank()
          && what.startsWith("a ")) {
        return what.substring(2) + " '" + v.getValue().strip() + "'";
      }
    }
    return what;
  }

  /** How messages name this mapping: "feed 'x'", or "a feed" when it has no key. */
  String what() {
    return what;
  }

  /** The value of {@code key}, absent when missing or written as an empty value. */
  Optional<Node> value(String key) {
    return Optional.ofNullable(byKey.get(key))
        .map(NodeTuple::getValueNode)
        .filter(v -> !Nodes.isNull(v));
  }

  /** The text of {@code key}; a problem when it is missing or not text. */
  Optional<Scalar> required(String key, String describedAs) {
    var value = value(key);
    if (value.isEmpty()) {
      problems.at(mapping, describedAs + " has no '" + key + "'");
      return Optional.empty();
    }
    return Nodes.scalar(value.get(), "'" + key + "'", problems);
  }

  /** The text of {@code key} when present; a problem when it is not text. */
  Optional<Scalar> optional(String key) {
    return value(key).flatMap(v -> Nodes.scalar(v, "'" + key + "'", problems));
  }

  private String unknownKey(String key, List<String> allowed) {
    var hint =
        DidYouMean.closest(key, allowed)
            .map(s -> " (did you mean '" + s + "'?)")
            .orElse("; allowed keys: " + String.join(", ", allowed));
    var where = what.startsWith("the ") ? "at " + what : "in " + what;
    return "unknown key '" + key + "' " + where + hint;
  }
}
