package org.partnerdigest.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/** Collects the problems of one file, positioned at YAML marks (which are 0-based). */
final class Problems {

  private final String file;
  private final List<CatalogProblem> list = new ArrayList<>();

  Problems(String file) {
    this.file = file;
  }

  void at(Node node, String message) {
    at(node.getStartMark(), 0, message);
  }

  void at(Mark mark, int columnOffset, String message) {
    int line = mark == null ? 0 : mark.getLine();
    int column = mark == null ? 0 : mark.getColumn();
    atLine(line + 1, column + 1 + columnOffset, message);
  }

  void atLine(int line, int column, String message) {
    list.add(new CatalogProblem(file, line, column, message));
  }

  int count() {
    return list.size();
  }

  List<CatalogProblem> sorted() {
    return list.stream()
        .sorted(
            Comparator.comparingInt(CatalogProblem::line).thenComparingInt(CatalogProblem::column))
        .toList();
  }
}
