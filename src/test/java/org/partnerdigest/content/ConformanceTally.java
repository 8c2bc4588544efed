package org.partnerdigest.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts per category for the conformance report. */
final class ConformanceTally {

  /** Pass/total counters of one category. */
  static final class Counts {
    int files;
    int parsed;
    int rejected;
    int fieldPass;
    int fieldTotal;
    int bozoPass;
    int bozoTotal;
  }

  final Map<String, Counts> byCategory = new TreeMap<>();
  final List<String> crashes = new ArrayList<>();
  final List<String> withoutOutput = new ArrayList<>();
  final List<String> violations = new ArrayList<>();
  final List<String> fieldMisses = new ArrayList<>();
  final List<String> rejections = new ArrayList<>();
  final List<String> bozoMisses = new ArrayList<>();

  Counts of(String category) {
    return byCategory.computeIfAbsent(category, c -> new Counts());
  }

  List<String> lines() {
    List<String> lines = new ArrayList<>();
    Counts all = new Counts();
    byCategory.forEach(
        (category, c) -> {
          lines.add(line(category, c));
          all.files += c.files;
          all.parsed += c.parsed;
          all.rejected += c.rejected;
          all.fieldPass += c.fieldPass;
          all.fieldTotal += c.fieldTotal;
          all.bozoPass += c.bozoPass;
          all.bozoTotal += c.bozoTotal;
        });
    lines.add(line("TOTAL", all));
    lines.add(
        "crashes: %d, files without output: %d, content_not_contains violations: %d"
            .formatted(crashes.size(), withoutOutput.size(), violations.size()));
    return lines;
  }

  private static String line(String category, Counts c) {
    return "%-32s files %4d parsed %4d rejected %4d | fields %s | bozo %s"
        .formatted(
            category,
            c.files,
            c.parsed,
            c.rejected,
            rate(c.fieldPass, c.fieldTotal),
            rate(c.bozoPass, c.bozoTotal));
  }

  private static String rate(int pass, int total) {
    if (total == 0) {
      return "    -/-    (  n/a )";
    }
    return "%4d/%-4d (%5.1f%%)".formatted(pass, total, 100.0 * pass / total);
  }
}
