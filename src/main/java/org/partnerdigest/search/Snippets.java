package org.partnerdigest.search;

import static org.partnerdigest.search.IndexFields.BODY;
import static org.partnerdigest.search.IndexFields.EXCERPT;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The snippets of one page: Lucene's UnifiedHighlighter over the body (matches in {@code <mark>},
 * everything else escaped), or the escaped excerpt where the body has no match. The highlighter is
 * given the rewritten query, so a prefix highlights the terms it was expanded to (bounded by {@link
 * QueryLimits}) instead of walking the term dictionary again for every document. Highlighting many
 * terms in 100 long posts costs more than finding them, so it shares the search's time budget: hits
 * are highlighted a block at a time while the budget lasts, later ones show their excerpt.
 */
final class Snippets {

  /** Hits highlighted between two looks at the deadline. */
  static final int BLOCK = 10;

  private Snippets() {}

  /**
   * @param rewritten the text query as the searcher rewrote it, or {@code null} for excerpts only
   */
  static String[] of(
      IndexSearcher searcher,
      Analyzer analyzer,
      Query rewritten,
      ScoreDoc[] page,
      QueryTimeout budget)
      throws IOException {
    String[] snippets = new String[page.length];
    if (rewritten != null && page.length > 0) {
      UnifiedHighlighter highlighter =
          UnifiedHighlighter.builder(searcher, analyzer)
              .withFormatter(new MarkFormatter())
              .withMaxLength(20_000)
              .withHighlightPhrasesStrictly(true)
              .build();
      for (int from = 0; from < page.length && !budget.shouldExit(); from += BLOCK) {
        int to = Math.min(page.length, from + BLOCK);
        int[] docs = Arrays.stream(page, from, to).mapToInt(d -> d.doc).toArray();
        Map<String, String[]> byField =
            highlighter.highlightFields(new String[] {BODY}, rewritten, docs, new int[] {2});
        System.arraycopy(byField.get(BODY), 0, snippets, from, to - from);
      }
    }
    for (int i = 0; i < page.length; i++) {
      if (snippets[i] == null || snippets[i].isBlank()) {
        snippets[i] =
            MarkFormatter.escape(
                searcher.storedFields().document(page[i].doc, Set.of(EXCERPT)).get(EXCERPT));
      }
    }
    return snippets;
  }
}
