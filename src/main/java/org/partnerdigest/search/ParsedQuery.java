package org.partnerdigest.search;

import java.util.List;
import org.apache.lucene.search.Query;

/**
 * A parsed user query.
 *
 * @param query what to match; {@code null} when the text holds nothing searchable (match all)
 * @param words the plain words as typed, lower-cased, for spelling suggestions
 * @param wildcards how many {@code prefix*} words expand
 * @param expansionsPerWord the index terms each of them may expand to, per text field
 */
record ParsedQuery(Query query, List<String> words, int wildcards, int expansionsPerWord) {

  ParsedQuery(Query query, List<String> words) {
    this(query, words, 0, QueryLimits.MAX_EXPANSIONS_PER_WORD);
  }

  boolean matchesAll() {
    return query == null;
  }
}
