package org.partnerdigest.bench;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.jsoup.Jsoup;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the libraries alone do with the same feeds, in this process and one thread: Rome (Jackson
 * for JSON Feed) parses, Jsoup cleans with its relaxed allowlist (one parse), an {@link
 * IndexWriter} with {@link EnglishAnalyzer} indexes title and body (body with offsets, as the
 * product stores it); then a bare {@link IndexSearcher} answers the query mix, counting facets and
 * highlighting where the product would.
 */
final class BareBaseline implements AutoCloseable {

  private static final Cleaner CLEANER = new Cleaner(Safelist.relaxed());
  private static final FieldType BODY = bodyType();
  private static final String[] FIELDS = {"title", "body"};

  private final FSDirectory directory;
  private final EnglishAnalyzer analyzer = new EnglishAnalyzer();
  private final FacetsConfig facets = new FacetsConfig();
  private DirectoryReader reader;
  private IndexSearcher searcher;
  private SortedSetDocValuesReaderState facetState;
  private UnifiedHighlighter highlighter;

  BareBaseline(Path dir) throws IOException {
    this.directory = FSDirectory.open(dir);
    facets.setMultiValued("year", false);
  }

  private static FieldType bodyType() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  /** Parses, cleans and indexes every feed; wall and CPU seconds of this thread. */
  Map<String, Object> ingest(FeedSite site, long seed, int feeds, int perFeed) throws Exception {
    var threads = ManagementFactory.getThreadMXBean();
    long wall = 0;
    long cpu = 0;
    int entries = 0;
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      for (int i = 0; i < feeds; i++) {
        GeneratedFeeds.Feed feed = GeneratedFeeds.feed(seed, i, perFeed);
        byte[] body = FeedDocuments.body(feed, site.url(i));
        long t = System.nanoTime();
        long c = threads.getCurrentThreadCpuTime();
        for (Document doc : documents(feed.format(), body, i)) {
          writer.addDocument(facets.build(doc));
          entries++;
        }
        wall += System.nanoTime() - t;
        cpu += threads.getCurrentThreadCpuTime() - c;
      }
      long t = System.nanoTime();
      long c = threads.getCurrentThreadCpuTime();
      writer.commit();
      wall += System.nanoTime() - t;
      cpu += threads.getCurrentThreadCpuTime() - c;
    }
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);
    facetState = new DefaultSortedSetDocValuesReaderState(reader, facets);
    highlighter = UnifiedHighlighter.builder(searcher, analyzer).build();
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("entries", entries);
    figures.put("wallSeconds", Latencies.round(wall / 1e9));
    figures.put("cpuSeconds", Latencies.round(cpu / 1e9));
    figures.put("entriesPerSecond", Latencies.round(entries / (wall / 1e9)));
    return figures;
  }

  private List<Document> documents(GeneratedFeeds.Format format, byte[] body, int feed)
      throws Exception {
    List<Document> docs = new ArrayList<>();
    if (format == GeneratedFeeds.Format.JSON) {
      JsonNode root = JsonMapper.builder().build().readTree(body);
      for (JsonNode item : root.get("items")) {
        docs.add(
            document(
                item.get("title").asString(),
                item.get("url").asString(),
                item.get("content_html").asString(),
                item.get("date_published").asString().substring(0, 4),
                feed));
      }
      return docs;
    }
    SyndFeedInput input = new SyndFeedInput();
    input.setAllowDoctypes(false);
    var parsed =
        input.build(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
    for (SyndEntry e : parsed.getEntries()) {
      String html =
          e.getContents().isEmpty()
              ? e.getDescription().getValue()
              : e.getContents().stream().map(SyndContent::getValue).reduce("", String::concat);
      String year =
          String.valueOf(e.getPublishedDate().toInstant().atZone(ZoneOffset.UTC).getYear());
      docs.add(document(e.getTitle(), e.getLink(), html, year, feed));
    }
    return docs;
  }

  private static Document document(String title, String link, String html, String year, int feed) {
    org.jsoup.nodes.Document clean = CLEANER.clean(Jsoup.parseBodyFragment(html, link));
    Document doc = new Document();
    doc.add(new StringField("link", link, Field.Store.YES));
    doc.add(new TextField("title", title, Field.Store.YES));
    doc.add(new Field("body", clean.body().text(), BODY));
    // the same groups as FeedSite.feedsFile
    doc.add(new StringField("group", feed % 5 == 0 ? "vendor" : "community", Field.Store.NO));
    doc.add(new SortedSetDocValuesFacetField("feed", "bench-" + feed));
    doc.add(new SortedSetDocValuesFacetField("year", year));
    return doc;
  }

  /**
   * The mix's {@code index}-th query: top 20, plus facets and snippets where the product has them.
   */
  void query(int index) throws Exception {
    QueryMix mix = QueryMix.ALL.get(index);
    Query query = new MultiFieldQueryParser(FIELDS, analyzer).parse(mix.bare());
    if (!mix.facetsAndHighlights()) {
      searcher.search(query, 20);
      return;
    }
    FacetsCollectorManager.FacetsResult result =
        FacetsCollectorManager.search(searcher, query, 20, new FacetsCollectorManager());
    TopDocs top = result.topDocs();
    FacetsCollector collector = result.facetsCollector();
    new SortedSetDocValuesFacetCounts(facetState, collector).getAllDims(50);
    highlighter.highlight("body", query, top, 2);
  }

  @Override
  public void close() throws IOException {
    if (reader != null) {
      reader.close();
    }
    directory.close();
  }
}
