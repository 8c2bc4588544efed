package org.partnerdigest.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The English chain used for every text field, at index and at query time alike. By default stop
 * words are kept in the index so that phrases such as "state of the art" still match; the query
 * parser leaves them out of plain-word disjunctions instead ({@link Ranking.StopWords}).
 */
final class EntryAnalyzer extends Analyzer {

  /** Part of the index fingerprint: bump it whenever this chain changes, to trigger a reindex. */
  static final String VERSION = "en-1";

  private final Ranking.Stemmer stemmer;
  private final CharArraySet stopWords;

  private EntryAnalyzer(Ranking.Stemmer stemmer, CharArraySet stopWords) {
    this.stemmer = stemmer;
    this.stopWords = stopWords;
  }

  /**
   * @param removeStopWords whether Lucene's English stop words are left out (they are kept by
   *     default, see above)
   */
  static EntryAnalyzer of(Ranking.Stemmer stemmer, boolean removeStopWords) {
    return new EntryAnalyzer(
        stemmer, removeStopWords ? EnglishAnalyzer.ENGLISH_STOP_WORDS_SET : CharArraySet.EMPTY_SET);
  }

  /** The chain without {@code stopWords}, for reading what a text is about. */
  static EntryAnalyzer withoutStopWords(Ranking.Stemmer stemmer, CharArraySet stopWords) {
    return new EntryAnalyzer(stemmer, stopWords);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream stream = new EnglishPossessiveFilter(source);
    stream = new LowerCaseFilter(stream);
    stream = new ASCIIFoldingFilter(stream);
    if (!stopWords.isEmpty()) {
      stream = new StopFilter(stream, stopWords);
    }
    stream =
        switch (stemmer) {
          case PORTER -> new PorterStemFilter(stream);
          case KSTEM -> new KStemFilter(stream);
          case NONE -> stream;
        };
    return new TokenStreamComponents(source, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}
