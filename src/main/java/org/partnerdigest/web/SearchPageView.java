package org.partnerdigest.web;

import java.util.List;

/**
 * Everything the search page renders.
 *
 * @param error why the parameters could not be used (the page is then a 400), or null
 * @param searched false when nothing was asked yet: the page shows the box and tips only
 * @param suggestion "Did you mean" text and its link, or null
 * @param correction what the results are for when the query as typed found nothing and its spelling
 *     suggestion was searched instead, or null
 */
record SearchPageView(
    SearchParameters parameters,
    String error,
    boolean searched,
    long total,
    long tookMs,
    List<HitView> hits,
    List<FacetGroup> facets,
    List<LinkView> sorts,
    Pagination pagination,
    LinkView suggestion,
    Correction correction,
    String atomHref) {

  /**
   * "Showing results for <em>shown</em>. Search instead for <em>typed</em>": both as links, the
   * second searching the words as typed ({@code verbatim=true}).
   */
  record Correction(LinkView shown, LinkView typed) {}

  /** One facet (feed, group, topic, year) with its values as add/remove links. */
  record FacetGroup(String name, String label, List<LinkView> values) {}

  /** Previous/next (null at the ends) and numbered pages around the current one. */
  record Pagination(LinkView previous, List<LinkView> pages, LinkView next) {

    static Pagination none() {
      return new Pagination(null, List.of(), null);
    }

    public boolean needed() {
      return previous != null || next != null;
    }
  }
}
