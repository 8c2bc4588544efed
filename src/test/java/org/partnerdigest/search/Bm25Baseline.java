package org.partnerdigest.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/** The floor: plain Lucene BM25 (k1=1.2, b=0.75), StandardAnalyzer, title and text in one field. */
final class Bm25Baseline implements AutoCloseable {

  private final Analyzer analyzer = new StandardAnalyzer();
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
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    try (TokenStream stream = analyzer.tokenStream("all", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        query.add(new TermQuery(new Term("all", term.toString())), Occur.SHOULD);
      }
      stream.end();
    }
    List<String> ids = new ArrayList<>();
    for (ScoreDoc hit : searcher.search(query.build(), k).scoreDocs) {
      ids.add(searcher.storedFields().document(hit.doc).get("id"));
    }
    return ids;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
