package org.partnerdigest.catalog;

import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Composes YAML text into a node tree (which keeps line/column marks) without ever constructing
 * Java objects from it. Aliases are bounded so that "billion laughs" documents fail fast: the tree
 * shares aliased nodes, but walking it would otherwise expand them.
 */
final class CatalogYaml {

  static final int MAX_ALIASES = 10;
  private static final int MAX_NESTING = 20;

  private CatalogYaml() {}

  /** The root node, or empty for an empty document or invalid YAML (then a problem is added). */
  static Optional<Node> compose(String text, Problems problems) {
    var options = new LoaderOptions();
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(MAX_NESTING);
    options.setCodePointLimit(CatalogParser.MAX_BYTES);
    options.setAllowDuplicateKeys(true); // reported by CatalogReader, with both positions
    options.setMergeOnCompose(false);
    try {
      var parser = new ParserImpl(new StreamReader(text), options);
      return Optional.ofNullable(new Composer(parser, new Resolver(), options).getSingleNode());
    } catch (MarkedYAMLException e) {
      problems.at(e.getProblemMark(), 0, "invalid YAML: " + describe(e));
    } catch (YAMLException e) {
      problems.atLine(1, 1, "invalid YAML: " + plain(e));
    }
    return Optional.empty();
  }

  private static String describe(MarkedYAMLException e) {
    var problem = e.getProblem() == null ? "" : e.getProblem().strip();
    var context = e.getContext() == null ? "" : e.getContext().strip();
    if (problem.contains("<block")) {
      problem += "; check the indentation";
    }
    if (context.isEmpty()) {
      return problem;
    }
    return problem + " (" + context + " at line " + (e.getContextMark().getLine() + 1) + ")";
  }

  private static String plain(YAMLException e) {
    var message = String.valueOf(e.getMessage());
    if (message.startsWith("Number of aliases")) {
      return "too many aliases (at most "
          + MAX_ALIASES
          + " anchors may be referenced in feeds.yml); write the values out";
    }
    return message.strip();
  }
}
