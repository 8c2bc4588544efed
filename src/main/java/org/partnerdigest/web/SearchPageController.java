package org.partnerdigest.web;

import jakarta.servlet.http.HttpServletResponse;
import org.partnerdigest.search.InvalidQueryException;
import org.partnerdigest.search.SearchQuery;
import org.partnerdigest.search.SearchService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The search page. Parameters it cannot use are shown above the search box with a 400 status, so a
 * person can correct them where they typed them.
 */
@Controller
class SearchPageController {

  private final SearchService search;
  private final SearchPage page;

  SearchPageController(SearchService search, SearchPage page) {
    this.search = search;
    this.page = page;
  }

  @GetMapping("/search")
  String search(SearchParameters parameters, Model model, HttpServletResponse response) {
    SearchPageView view = view(parameters, response);
    model.addAttribute("page", view);
    model.addAttribute("section", "search");
    if (view.atomHref() != null) {
      model.addAttribute("atomHref", view.atomHref());
      model.addAttribute("atomTitle", "Partner Digest: this search");
    }
    return "search";
  }

  private SearchPageView view(SearchParameters parameters, HttpServletResponse response) {
    if (!asksForAnything(parameters)) {
      return SearchPage.notSearched(parameters, null);
    }
    try {
      SearchQuery query = parameters.toQuery();
      return page.of(parameters, query, search.searchAsked(query, parameters.isVerbatim()));
    } catch (InvalidParameterException | InvalidQueryException e) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return SearchPage.notSearched(parameters, e.getMessage());
    }
  }

  private static boolean asksForAnything(SearchParameters p) {
    return p.q() != null
        || p.feed() != null
        || p.group() != null
        || p.topic() != null
        || p.author() != null
        || p.from() != null
        || p.to() != null;
  }
}
