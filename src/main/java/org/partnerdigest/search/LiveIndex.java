package org.partnerdigest.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * One Lucene index directory with its single {@link IndexWriter} and {@link SearcherManager}. Every
 * commit records in its user data the highest archive {@code seq} it holds and the catalog
 * fingerprint it was built with, so a restart replays from there and a changed catalog is noticed.
 */
final class LiveIndex implements Closeable {

  static final String SEQ = "seq";
  static final String FINGERPRINT = "fingerprint";

  private final Path path;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private volatile long seq;
  private volatile String fingerprint;
  private volatile long committedSeq;

  private LiveIndex(Path path, Directory directory, IndexWriter writer) throws IOException {
    this.path = path;
    this.directory = directory;
    this.writer = writer;
    this.searchers = new SearcherManager(writer, new SearcherFactory());
    Map<String, String> data = new HashMap<>();
    if (DirectoryReader.indexExists(directory)) {
      List<org.apache.lucene.index.IndexCommit> commits = DirectoryReader.listCommits(directory);
      data.putAll(commits.getLast().getUserData());
    }
    this.seq = Long.parseLong(data.getOrDefault(SEQ, "0"));
    this.committedSeq = seq;
    this.fingerprint = data.getOrDefault(FINGERPRINT, "");
  }

  /**
   * @param analyzer the analyzer of the text fields ({@link Ranking#analyzer()})
   */
  static LiveIndex open(Path path, Analyzer analyzer) throws IOException {
    Directory directory = FSDirectory.open(path);
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setCommitOnClose(false);
    try {
      return new LiveIndex(path, directory, new IndexWriter(directory, config));
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  Path path() {
    return path;
  }

  long seq() {
    return seq;
  }

  String fingerprint() {
    return fingerprint;
  }

  void update(String id, Document document) throws IOException {
    writer.updateDocument(new Term(IndexFields.ID, id), document);
  }

  void delete(String id) throws IOException {
    writer.deleteDocuments(new Term(IndexFields.ID, id));
  }

  /** Makes everything written so far searchable and records how far it reaches. */
  void refresh(long upToSeq) throws IOException {
    searchers.maybeRefreshBlocking();
    this.seq = Math.max(seq, upToSeq);
  }

  /** Records the catalog fingerprint this index is built with (a new or rebuilt index only). */
  void setFingerprint(String fingerprint) {
    this.fingerprint = fingerprint;
  }

  /** How many documents are searchable. */
  int documentCount() throws IOException {
    IndexSearcher searcher = acquire();
    try {
      return searcher.getIndexReader().numDocs();
    } finally {
      release(searcher);
    }
  }

  /** Commits durably with the seq and fingerprint in the commit user data; no-op if unchanged. */
  synchronized void commit() throws IOException {
    if (!writer.hasUncommittedChanges() && committedSeq == seq) {
      return;
    }
    long at = seq;
    writer.setLiveCommitData(Map.of(SEQ, Long.toString(at), FINGERPRINT, fingerprint).entrySet());
    writer.commit();
    committedSeq = at;
  }

  IndexSearcher acquire() throws IOException {
    return searchers.acquire();
  }

  void release(IndexSearcher searcher) throws IOException {
    searchers.release(searcher);
  }

  @Override
  public void close() throws IOException {
    try {
      searchers.close();
      writer.close();
    } finally {
      directory.close();
    }
  }
}
