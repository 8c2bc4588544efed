package org.partnerdigest.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.json.JsonMapper;

/** A benchmark run's JSON report: what it ran on and with, its figures, and where it is written. */
final class Reports {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Reports() {}

  /** A report's head: the date, the machine and the run's parameters; figures are added after. */
  static Map<String, Object> started(Map<String, Object> parameters) throws IOException {
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("date", Instant.now().toString());
    report.put("machine", Machine.describe());
    report.put("parameters", parameters);
    return report;
  }

  /** Writes {@code results/<name>-<time>.json} and prints it. */
  static Path write(Path results, String name, Map<String, Object> report) throws IOException {
    Files.createDirectories(results);
    Path file = results.resolve(name + "-" + Instant.now().toString().replace(':', '-') + ".json");
    String json = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report);
    Files.writeString(file, json);
    System.out.println("benchmark results: " + file + "\n" + json);
    return file;
  }

  /** {@code total} of a {@code /api/search} answer; 0 when there was none. */
  static int total(String body) {
    return body == null ? 0 : JSON.readTree(body).path("total").asInt(0);
  }

  /** A run's archive and indexes can be gigabytes: gone after the run (the log stays). */
  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
