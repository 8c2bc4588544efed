package org.partnerdigest.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The product's figures as fractions or multiples of the bare baseline's, as the issue states them.
 */
final class Ratios {

  private Ratios() {}

  @SuppressWarnings("unchecked")
  static Map<String, Object> of(Map<String, Object> product, Map<String, Object> bare) {
    Map<String, Object> ratios = new LinkedHashMap<>();
    Map<String, Object> productIngest = (Map<String, Object>) product.get("ingest");
    Map<String, Object> bareIngest = (Map<String, Object>) bare.get("ingest");
    ratios.put(
        "ingestThroughputOfBare",
        ratio(productIngest.get("entriesPerSecond"), bareIngest.get("entriesPerSecond")));
    ratios.put("indexSizeTimesBare", ratio(product.get("indexMiB"), bare.get("indexMiB")));
    List<Map<String, Object>> productQueries = (List<Map<String, Object>>) product.get("queries");
    List<Map<String, Object>> bareQueries = (List<Map<String, Object>>) bare.get("queries");
    for (int i = 0; i < productQueries.size(); i++) {
      Map<String, Object> p = productQueries.get(i);
      Map<String, Object> b = bareQueries.get(i);
      String clients = p.get("clients") + "Clients";
      ratios.put("throughputOfBare" + clients, ratio(p.get("perSecond"), b.get("perSecond")));
      ratios.put("p99TimesBare" + clients, ratio(p.get("p99Ms"), b.get("p99Ms")));
    }
    return ratios;
  }

  private static double ratio(Object a, Object b) {
    double x = ((Number) a).doubleValue();
    double y = ((Number) b).doubleValue();
    return y == 0 ? 0 : Math.round(x / y * 1000) / 1000.0;
  }
}
