package org.partnerdigest.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The English chain used for every text field, at index and at query time alike. Stop words are
 * kept in the index so that phrases such as "state of the art" still match; the query parser leaves
 * them out of plain-word disjunctions instead.
 */
final class EntryAnalyzer extends Analyzer {

  /** Part of the index fingerprint: bump it whenever this chain changes, to trigger a reindex. */
  static final String VERSION = "en-porter-1";

  private final boolean stem;

  private EntryAnalyzer(boolean stem) {
    this.stem = stem;
  }

  /** Stemmed analysis for the searchable text fields. */
  static EntryAnalyzer stemmed() {
    return new EntryAnalyzer(true);
  }

  /** Unstemmed analysis for the spelling field, so suggestions are real words. */
  static EntryAnalyzer unstemmed() {
    return new EntryAnalyzer(false);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream stream = new EnglishPossessiveFilter(source);
    stream = new LowerCaseFilter(stream);
    stream = new ASCIIFoldingFilter(stream);
    if (stem) {
      stream = new PorterStemFilter(stream);
    }
    return new TokenStreamComponents(source, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}
