package org.partnerdigest.catalog;

import java.util.List;

/** Terms or phrases that mean the same thing, e.g. MPN and "Microsoft AI Cloud Partner Program". */
public record SynonymSet(List<String> terms) {

  public SynonymSet {
    terms = List.copyOf(terms);
  }
}
