package org.partnerdigest.web;

/**
 * A link the pages render: a facet value, a sort option or a page number.
 *
 * @param count how many results the link leads to, or -1 when not a facet
 * @param active true for the facet, sort or page currently shown ({@code aria-current})
 */
record LinkView(String label, String href, long count, boolean active) {

  static LinkView of(String label, String href, boolean active) {
    return new LinkView(label, href, -1, active);
  }
}
