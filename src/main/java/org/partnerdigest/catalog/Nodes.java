package org.partnerdigest.catalog;

import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Type checks on YAML nodes that report what was expected and what was found. */
final class Nodes {

  private Nodes() {}

  /** True for an empty value ({@code key:}), {@code ~} or {@code null}. */
  static boolean isNull(Node node) {
    return node instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
  }

  /** The items of a list; a problem and no items when {@code node} is not a list. */
  static List<Node> list(Node node, String what, Problems problems) {
    if (node instanceof SequenceNode sequence) {
      return sequence.getValue();
    }
    if (isNull(node)) {
      return List.of();
    }
    problems.at(node, "expected " + what + " as a list, found " + kind(node));
    return List.of();
  }

  /** The text of a scalar, stripped; a problem when {@code node} is a list or a mapping. */
  static Optional<Scalar> scalar(Node node, String what, Problems problems) {
    if (node instanceof ScalarNode scalar) {
      return Optional.of(new Scalar(scalar.getValue().strip(), scalar));
    }
    problems.at(node, "expected " + what + " to be a single value, found " + kind(node));
    return Optional.empty();
  }

  static String kind(Node node) {
    return switch (node) {
      case MappingNode m -> "a mapping (key: value pairs)";
      case SequenceNode s -> "a list";
      case ScalarNode s -> "'" + abbreviate(s.getValue()) + "'";
      default -> "a " + node.getNodeId();
    };
  }

  static String kind(NodeTuple tuple) {
    return kind(tuple.getKeyNode());
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }
}
