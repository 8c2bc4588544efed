package org.partnerdigest.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One test collection from {@code ../shared/ir}: documents, queries and graded judgments. */
record IrCollection(
    String name,
    List<Doc> docs,
    Map<String, String> queries,
    Map<String, Map<String, Integer>> qrels) {

  record Doc(String id, String title, String author, String text) {}

  static IrCollection load(Path dir) throws IOException {
    JsonMapper json = JsonMapper.builder().build();
    List<Doc> docs =
        Files.readAllLines(dir.resolve("docs.jsonl")).stream()
            .filter(l -> !l.isBlank())
            .map(json::readTree)
            .map(n -> new Doc(text(n, "id"), text(n, "title"), text(n, "author"), text(n, "text")))
            .toList();
    Map<String, String> queries = new LinkedHashMap<>();
    for (String line : Files.readAllLines(dir.resolve("queries.jsonl"))) {
      if (!line.isBlank()) {
        JsonNode n = json.readTree(line);
        queries.put(text(n, "id"), text(n, "text"));
      }
    }
    Map<String, Map<String, Integer>> qrels = new HashMap<>();
    for (String line : Files.readAllLines(dir.resolve("qrels.tsv"))) {
      String[] f = line.split("\t");
      if (f.length == 3) {
        qrels.computeIfAbsent(f[0], k -> new HashMap<>()).put(f[1], Integer.parseInt(f[2].strip()));
      }
    }
    return new IrCollection(dir.getFileName().toString(), docs, queries, qrels);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? "" : value.asString();
  }

  /** Mean nDCG@10 and MAP@100 over the judged queries of a collection. */
  record Scores(double ndcg10, double map100, int queries) {}

  /** The judged query ids, in file order. */
  List<String> judged() {
    return queries.keySet().stream().filter(qrels::containsKey).toList();
  }

  /**
   * Scores a search over every judged query; {@code search} answers the ranked ids for a query text
   * and a depth: 10 for nDCG, 100 for MAP, or only 100 (its first ten giving nDCG) when {@code
   * oneCall}.
   */
  Scores evaluate(Search search, boolean oneCall) throws IOException {
    List<String> judged = judged();
    double ndcg = 0;
    double map = 0;
    for (String id : judged) {
      String text = queries.get(id);
      List<String> deep = search.ranked(text, 100);
      List<String> top = oneCall ? deep : search.ranked(text, 10);
      ndcg += ndcg(id, top, 10);
      map += averagePrecision(id, deep);
    }
    return new Scores(ndcg / judged.size(), map / judged.size(), judged.size());
  }

  /** A ranking under test: the ids of the best {@code depth} documents for a query text. */
  @FunctionalInterface
  interface Search {
    List<String> ranked(String text, int depth) throws IOException;
  }

  /** nDCG@k of a ranking against this query's graded judgments. */
  double ndcg(String queryId, List<String> ranking, int k) {
    Map<String, Integer> judged = qrels.getOrDefault(queryId, Map.of());
    double dcg = 0;
    for (int i = 0; i < Math.min(k, ranking.size()); i++) {
      dcg += (Math.pow(2, judged.getOrDefault(ranking.get(i), 0)) - 1) / log2(i + 2);
    }
    List<Integer> ideal = judged.values().stream().sorted((a, b) -> b - a).toList();
    double idcg = 0;
    for (int i = 0; i < Math.min(k, ideal.size()); i++) {
      idcg += (Math.pow(2, ideal.get(i)) - 1) / log2(i + 2);
    }
    return idcg == 0 ? 0 : dcg / idcg;
  }

  /** Average precision of a ranking (relevant = gain above 0, over all judged relevant docs). */
  double averagePrecision(String queryId, List<String> ranking) {
    Map<String, Integer> judged = qrels.getOrDefault(queryId, Map.of());
    long relevant = judged.values().stream().filter(g -> g > 0).count();
    if (relevant == 0) {
      return 0;
    }
    double sum = 0;
    int hits = 0;
    for (int i = 0; i < ranking.size(); i++) {
      if (judged.getOrDefault(ranking.get(i), 0) > 0) {
        hits++;
        sum += (double) hits / (i + 1);
      }
    }
    return sum / relevant;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
