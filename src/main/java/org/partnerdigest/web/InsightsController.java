package org.partnerdigest.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.partnerdigest.search.QueryCount;
import org.partnerdigest.search.QueryLog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /admin/insights}: what people searched for most in the query log's window, and what they
 * searched for and did not find — each with a link that opens it as a new synonym-set draft.
 */
@Controller
class InsightsController {

  static final int LIMIT = 25;
  static final String SYNONYM_DRAFT = "/admin/catalog/synonyms/new?terms=";

  private final QueryLog queryLog;

  InsightsController(QueryLog queryLog) {
    this.queryLog = queryLog;
  }

  @GetMapping("/admin/insights")
  String insights(Model model) {
    model.addAttribute("top", views(queryLog.top(LIMIT)));
    model.addAttribute("withoutResults", views(queryLog.topWithoutResults(LIMIT)));
    model.addAttribute("days", queryLog.window().toDays());
    model.addAttribute("adminSection", "insights");
    return "admin/insights";
  }

  private static List<QueryView> views(List<QueryCount> counts) {
    return counts.stream()
        .map(
            c ->
                new QueryView(
                    c.query(),
                    c.searches(),
                    c.withoutResults(),
                    "/search?q=" + encode(c.query()),
                    SYNONYM_DRAFT + encode(c.query())))
        .toList();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /**
   * @param searchHref the query on the search page
   * @param synonymDraftHref a new synonym-set draft holding the query's words
   */
  record QueryView(
      String query,
      long searches,
      long withoutResults,
      String searchHref,
      String synonymDraftHref) {}
}
