package org.partnerdigest.catalog;

import java.util.HashMap;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;

/** Reports a key or URL used twice, pointing back at the line of its first use. */
final class UniqueKeys {

  private final String kind;
  private final Problems problems;
  private final Map<String, Integer> firstLine = new HashMap<>();

  UniqueKeys(String kind, Problems problems) {
    this.kind = kind;
    this.problems = problems;
  }

  boolean claim(String key, Node node) {
    return claim(key, node, "duplicate " + kind + " key '" + key + "'");
  }

  /** False (and a problem) when {@code value} was seen before. */
  boolean claim(String value, Node node, String message) {
    var previous = firstLine.putIfAbsent(value, node.getStartMark().getLine() + 1);
    if (previous != null) {
      problems.at(node, message + " (first at line " + previous + ")");
      return false;
    }
    return true;
  }
}
