package org.partnerdigest.search;

import java.util.List;
import java.util.Set;
import org.apache.lucene.search.Query;

/**
 * A parsed user query.
 *
 * @param query what to match; {@code null} when the text holds nothing searchable (match all)
 * @param words the plain words as typed, lower-cased, for spelling suggestions
 * @param wildcards how many {@code prefix*} words expand
 * @param expansionsPerWord the index terms each of them may expand to, per text field
 * @param filterFields the fields the text filters on ({@code feed:x} gives {@code feed}), unless
 *     negated
 * @param terms the analyzed content words of the plain-word runs (stop words left out), repeats
 *     kept, for relevance feedback
 */
record ParsedQuery(
    Query query,
    List<String> words,
    int wildcards,
    int expansionsPerWord,
    Set<String> filterFields,
    List<String> terms) {

  ParsedQuery {
    words = List.copyOf(words);
    filterFields = Set.copyOf(filterFields);
    terms = List.copyOf(terms);
  }

  ParsedQuery(Query query, List<String> words) {
    this(query, words, 0, QueryLimits.MAX_EXPANSIONS_PER_WORD, Set.of(), List.of());
  }

  /** True when the text itself asks for one feed ({@code feed:x}). */
  boolean filtersOnFeed() {
    return filterFields.contains("feed");
  }

  boolean matchesAll() {
    return query == null;
  }
}
