package org.partnerdigest.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/** Query strings for links that keep a search's other parameters (facets, sort, pages, Atom). */
final class SearchLinks {

  private SearchLinks() {}

  /** {@code ?q=…&feed=…}, only the parameters that are set, form-encoded; empty when none. */
  static String query(SearchParameters p) {
    StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
    add(query, "q", p.q());
    add(query, "feed", p.feed());
    add(query, "group", p.group());
    add(query, "topic", p.topic());
    add(query, "author", p.author());
    add(query, "from", p.from());
    add(query, "to", p.to());
    add(query, "sort", p.sort());
    add(query, "page", p.page());
    add(query, "size", p.size());
    add(query, "verbatim", p.verbatim());
    return query.toString();
  }

  static String search(SearchParameters p) {
    return "/search" + query(p);
  }

  private static void add(StringJoiner query, String name, String value) {
    if (value != null) {
      query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
  }
}
