package org.partnerdigest.web;

import org.partnerdigest.catalog.Topic;
import org.partnerdigest.search.SearchQuery;
import org.partnerdigest.search.SearchService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The home page, topic pages and the sources page. */
@Controller
class SitePagesController {

  private static final int TOPIC_PAGE_SIZE = 30;

  private final HomePage home;
  private final TopicDirectory topics;
  private final SourceDirectory sources;
  private final SearchService search;
  private final HitViews hitViews;

  SitePagesController(
      HomePage home,
      TopicDirectory topics,
      SourceDirectory sources,
      SearchService search,
      HitViews hitViews) {
    this.home = home;
    this.topics = topics;
    this.sources = sources;
    this.search = search;
    this.hitViews = hitViews;
  }

  @GetMapping("/")
  String home(Model model) {
    model.addAttribute("home", home.view());
    model.addAttribute("topics", topics.all());
    model.addAttribute("section", "home");
    return "index";
  }

  @GetMapping("/topics/{key}")
  String topic(@PathVariable String key, Model model) {
    Topic topic =
        topics
            .find(key)
            .orElseThrow(() -> new NotFoundException("There is no topic '" + key + "'."));
    var results =
        search.search(
            new SearchQuery(
                null,
                null,
                null,
                key,
                null,
                null,
                null,
                SearchQuery.Sort.DATE,
                0,
                TOPIC_PAGE_SIZE));
    model.addAttribute("topic", topic);
    model.addAttribute("atomHref", "/topics/" + key + "/feed.atom");
    model.addAttribute("atomTitle", "Partner Digest: " + topic.title());
    model.addAttribute("total", results.total());
    model.addAttribute("entries", results.hits().stream().map(hitViews::of).toList());
    model.addAttribute(
        "searchHref", SearchLinks.search(SearchParameters.of(null).withFilter("topic", key)));
    return "topic";
  }

  @GetMapping("/feeds")
  String feeds(Model model) {
    model.addAttribute("sources", sources.all());
    model.addAttribute("section", "feeds");
    return "feeds";
  }
}
