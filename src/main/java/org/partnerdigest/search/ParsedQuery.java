package org.partnerdigest.search;

import java.util.List;
import org.apache.lucene.search.Query;

/**
 * A parsed user query.
 *
 * @param query what to match; {@code null} when the text holds nothing searchable (match all)
 * @param words the plain words as typed, lower-cased, for spelling suggestions
 */
record ParsedQuery(Query query, List<String> words) {

  boolean matchesAll() {
    return query == null;
  }
}
