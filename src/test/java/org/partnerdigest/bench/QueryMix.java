package org.partnerdigest.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The fixed query mix, each query as a user types it into Partner Digest and as the bare baseline
 * asks Lucene's classic query parser (title and body, synonyms written out).
 *
 * @param name what the query exercises
 * @param product the {@code q} for {@code /api/search}
 * @param bare the same intent for the bare {@code IndexSearcher}
 * @param facetsAndHighlights whether the bare side also counts facets and highlights, as the
 *     product always does
 */
record QueryMix(String name, String product, String bare, boolean facetsAndHighlights) {

  static final List<QueryMix> ALL =
      List.of(
          new QueryMix("one term", "renewal", "renewal", false),
          new QueryMix("two terms", "marketplace billing", "marketplace billing", false),
          new QueryMix("phrase", "\"private offer\"", "\"private offer\"", false),
          new QueryMix("prefix", "certif*", "certif*", false),
          new QueryMix("filter", "group:vendor security", "+group:vendor security", false),
          new QueryMix("facets and highlights", "azure migration", "azure migration", true),
          new QueryMix(
              "multi-word synonym",
              "Microsoft Partner Network benefits",
              "(\"microsoft partner network\" OR mpn OR \"microsoft cloud partner program\""
                  + " OR \"microsoft ai cloud partner program\" OR mcpp OR maicpp) benefits",
              false));

  /**
   * The mix over HTTP against the application: three warm-up rounds, then {@code clients} clients
   * each sending every query {@code rounds} times ({@code /api/search?size=20}, which always counts
   * facets and highlights).
   */
  static Map<String, Object> overHttp(AppProcess app, int clients, int rounds) throws Exception {
    List<String> urls =
        ALL.stream()
            .map(
                q ->
                    "/api/search?size=20&q="
                        + URLEncoder.encode(q.product(), StandardCharsets.UTF_8))
            .toList();
    for (int round = 0; round < 3; round++) {
      urls.forEach(app::get);
    }
    return Latencies.measure(
        clients,
        rounds,
        urls.size(),
        i -> {
          if (app.get(urls.get(i)) == null) {
            throw new IllegalStateException(urls.get(i) + " failed");
          }
        });
  }
}
