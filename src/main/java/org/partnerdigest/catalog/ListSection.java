package org.partnerdigest.catalog;

import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * One top-level list of {@code feeds.yml} ({@code groups}, {@code feeds}, {@code topics}, {@code
 * synonyms}) as text: finds its items, appends an item indented like the others, removes an item
 * with exactly its own lines, so the comments and blank lines around stay as they are.
 */
final class ListSection {

  private final YamlDocument doc;
  private final String name;
  private final Optional<NodeTuple> section;
  private final List<Node> items;

  ListSection(YamlDocument doc, String name) throws EditRefusedException {
    this.doc = doc;
    this.name = name;
    this.section = doc.section(name);
    this.items = section.isPresent() ? doc.blockItems(section.get()) : List.of();
  }

  /** The mapping whose {@code key} is {@code key}; {@code what} names it in the message. */
  MappingNode item(String key, String what) throws EditRefusedException {
    for (Node item : items) {
      if (item instanceof MappingNode m && key.equals(keyOf(m))) {
        return m;
      }
    }
    throw new EditRefusedException(
        "feeds.yml has no " + what + " '" + key + "' (was it removed or renamed meanwhile?)");
  }

  Node item(int index, String what) throws EditRefusedException {
    if (index < 0 || index >= items.size()) {
      throw new EditRefusedException("feeds.yml has no " + what + " number " + (index + 1));
    }
    return items.get(index);
  }

  private static String keyOf(MappingNode item) {
    for (NodeTuple t : item.getValue()) {
      if (t.getKeyNode() instanceof ScalarNode k
          && k.getValue().equals("key")
          && t.getValueNode() instanceof ScalarNode v) {
        return v.getValue().strip();
      }
    }
    return null;
  }

  /**
   * Adds an item after the last one. {@code lines} are unindented: the first follows the {@code -}
   * and the others line up under it, at the indentation the existing items use.
   */
  void append(TextEdits edits, List<String> lines) throws EditRefusedException {
    String nl = doc.newline;
    if (section.isEmpty()) {
      String before = doc.endsWithNewline() ? "" : nl;
      String gap = doc.text.isBlank() ? "" : nl;
      edits.insert(doc.text.length(), before + gap + name + ":" + nl + render(lines, 2, 4));
      return;
    }
    NodeTuple tuple = section.get();
    if (items.isEmpty()) {
      Node value = tuple.getValueNode();
      int afterColon = doc.afterColon(tuple);
      int valueEnd = doc.contentEnd(value);
      if (valueEnd > afterColon) {
        edits.delete(afterColon, valueEnd); // "[]" or "~": the list gets its first item
      }
      insertLines(edits, doc.lineEnd(Math.max(afterColon, valueEnd)), render(lines, 2, 4));
      return;
    }
    Node first = items.getFirst();
    int dashColumn = doc.column(doc.dash(first));
    int itemColumn = first instanceof MappingNode ? doc.column(doc.start(first)) : dashColumn + 2;
    insertLines(
        edits, doc.lineEnd(doc.contentEnd(items.getLast())), render(lines, dashColumn, itemColumn));
  }

  /** Removes the item's lines, from its {@code -} to its last value (with a trailing comment). */
  void remove(TextEdits edits, Node item) throws EditRefusedException {
    edits.delete(doc.lineStart(doc.dash(item)), doc.lineEnd(doc.contentEnd(item)));
  }

  /** Writes {@code text} in place of the whole item after its {@code -}. */
  void replace(TextEdits edits, Node item, String text) {
    edits.replace(doc.start(item), doc.contentEnd(item), text);
  }

  private void insertLines(TextEdits edits, int at, String lines) {
    boolean needsBreak = at == doc.text.length() && !doc.endsWithNewline();
    edits.insert(at, (needsBreak ? doc.newline : "") + lines);
  }

  private String render(List<String> lines, int dashColumn, int itemColumn) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      if (i == 0) {
        out.append(YamlDocument.spaces(dashColumn))
            .append('-')
            .append(YamlDocument.spaces(Math.max(1, itemColumn - dashColumn - 1)));
      } else {
        out.append(YamlDocument.spaces(itemColumn));
      }
      out.append(lines.get(i)).append(doc.newline);
    }
    return out.toString();
  }
}
