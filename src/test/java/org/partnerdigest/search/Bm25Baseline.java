package org.partnerdigest.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The floor of issue 11, computed on the same documents in the same run: plain Lucene with {@link
 * EnglishAnalyzer} defaults (stop words, possessives, Porter stemmer), {@code BM25Similarity(1.2,
 * 0.75)}, title and text indexed together as one field, each query (operator characters blanked)
 * parsed by {@link SimpleQueryParser} as an OR of its terms.
 */
final class Bm25Baseline implements AutoCloseable {

  /** The characters {@link SimpleQueryParser} reads as operators. */
  private static final String OPERATORS = "[+|\\-\"*()~\\\\]";

  private final Analyzer analyzer = new EnglishAnalyzer();
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  Bm25Baseline(List<IrCollection.Doc> docs) throws IOException {
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    IndexWriterConfig config =
        new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity(1.2f, 0.75f));
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      for (IrCollection.Doc doc : docs) {
        Document d = new Document();
        d.add(new StringField("id", doc.id(), Store.YES));
        d.add(new TextField("all", doc.title() + "\n" + doc.text(), Store.NO));
        writer.addDocument(d);
      }
    }
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);
    searcher.setSimilarity(new BM25Similarity(1.2f, 0.75f));
  }

  List<String> search(String text, int k) throws IOException {
    SimpleQueryParser parser = new SimpleQueryParser(analyzer, "all");
    parser.setDefaultOperator(Occur.SHOULD);
    Query query = parser.parse(text.replaceAll(OPERATORS, " "));
    List<String> ids = new ArrayList<>();
    if (query == null) {
      return ids;
    }
    for (ScoreDoc hit : searcher.search(query, k).scoreDocs) {
      ids.add(searcher.storedFields().document(hit.doc).get("id"));
    }
    return ids;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
