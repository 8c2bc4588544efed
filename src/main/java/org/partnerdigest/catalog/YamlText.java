package org.partnerdigest.catalog;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Writes what an editor typed as YAML that reads back as exactly that text: plain when that is
 * safe, else single-quoted, else double-quoted with escapes. Every result is proven by reading it
 * back, so a title such as {@code "x\n - key: evil"} or {@code "a: b # c"} can never become
 * structure, a comment, or another type (a bare {@code null} or {@code true}).
 */
final class YamlText {

  /** Characters that may start a plain scalar here; everything else is quoted. */
  private static final Pattern PLAIN_START = Pattern.compile("[\\p{L}\\p{N}_./(+$]");

  private YamlText() {}

  /** A value of a {@code key: value} line. */
  static String scalar(String value) throws EditRefusedException {
    return proven(value, false);
  }

  /** A list written in flow style, {@code [a, b, "c, d"]}. */
  static String flowList(List<String> values) throws EditRefusedException {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < values.size(); i++) {
      out.append(i == 0 ? "" : ", ").append(proven(values.get(i), true));
    }
    return out.append(']').toString();
  }

  private static String proven(String value, boolean flow) throws EditRefusedException {
    for (String candidate : candidates(value, flow)) {
      if (candidate != null && readsBackAs(candidate, value, flow)) {
        return candidate;
      }
    }
    throw new EditRefusedException("cannot write the value '" + value + "' safely");
  }

  private static List<String> candidates(String value, boolean flow) {
    return java.util.Arrays.asList(
        plainAllowed(value, flow) ? value : null,
        printable(value) ? "'" + value.replace("'", "''") + "'" : null,
        doubleQuoted(value));
  }

  private static boolean plainAllowed(String value, boolean flow) {
    return !value.isEmpty()
        && PLAIN_START.matcher(value.substring(0, 1)).matches()
        && printable(value)
        && value.strip().equals(value)
        && !value.contains(": ")
        && !value.contains(" #")
        && !value.endsWith(":")
        && !(flow && value.chars().anyMatch(c -> ",[]{}:#".indexOf(c) >= 0));
  }

  private static boolean printable(String value) {
    return value.codePoints().allMatch(YamlText::printable);
  }

  private static boolean printable(int c) {
    return c >= 0x20
        && c != 0x7F
        && !(c >= 0x80 && c <= 0x9F)
        && c != 0x2028
        && c != 0x2029
        && c != 0xFEFF
        && !(c >= 0xD800 && c <= 0xDFFF);
  }

  private static String doubleQuoted(String value) {
    return value
        .codePoints()
        .mapToObj(YamlText::escape)
        .collect(Collectors.joining("", "\"", "\""));
  }

  private static String escape(int c) {
    return switch (c) {
      case '\\' -> "\\\\";
      case '"' -> "\\\"";
      case '\n' -> "\\n";
      case '\t' -> "\\t";
      case '\r' -> "\\r";
      case 0 -> "\\0";
      default -> printable(c) ? Character.toString(c) : String.format("\\u%04X", c);
    };
  }

  /** True when {@code written} reads back as a plain text scalar equal to {@code value}. */
  private static boolean readsBackAs(String written, String value, boolean flow) {
    String document = flow ? "k: [" + written + "]\n" : "k: " + written + "\n";
    try {
      var parser = new ParserImpl(new StreamReader(document), new LoaderOptions());
      Node root = new Composer(parser, new Resolver(), new LoaderOptions()).getSingleNode();
      if (!(root instanceof MappingNode map) || map.getValue().size() != 1) {
        return false;
      }
      Node node = map.getValue().getFirst().getValueNode();
      if (flow) {
        if (!(node instanceof SequenceNode seq) || seq.getValue().size() != 1) {
          return false;
        }
        node = seq.getValue().getFirst();
      }
      return node instanceof ScalarNode s
          && Tag.STR.equals(s.getTag())
          && s.getValue().equals(value);
    } catch (YAMLException e) {
      return false;
    }
  }
}
