package org.partnerdigest.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.junit.jupiter.api.Test;
import org.partnerdigest.archive.ArchivedEntry;
import org.partnerdigest.bench.GeneratedFeeds;
import org.partnerdigest.catalog.Catalog;
import org.partnerdigest.catalog.CatalogParser;
import org.partnerdigest.catalog.Topic;

/**
 * Batch tagging (one in-memory index per batch) gives every entry exactly the topics the former
 * one-document {@link MemoryIndex} per entry gave, on the bundled samples and generated entries.
 */
class TopicTaggingTests {

  private static final Analyzer ANALYZER = Ranking.DEFAULT.analyzer();

  @Test
  void batchTaggingAssignsTheTopicsOneDocumentTaggingAssigned() throws Exception {
    Catalog shipped = CatalogParser.read(Path.of("feeds.yml"), "feeds.yml").catalog();
    Catalog tricky =
        SearchFixture.partnerCatalog(
            List.of(
                new Topic("renewals", "Renewals", "renew* OR \"anniversary date\""),
                new Topic("official", "Official news", "group:microsoft"),
                new Topic("benefits", "Benefits", "benefits -renewal"),
                new Topic("programs", "Programs", "MPN (partner OR program*)"),
                new Topic("pricing", "Pricing", "pric* AND (billing OR invoice*)")));
    List<ArchivedEntry> entries = entries();
    for (Catalog catalog : List.of(shipped, tricky)) {
      SearchCatalog search = SearchCatalog.of(catalog, Ranking.DEFAULT);
      List<Document> docs =
          entries.stream().map(entry -> EntryDocuments.build(entry, search)).toList();
      List<List<String>> batch = search.tagger().topicsOf(docs);
      int tagged = 0;
      for (int i = 0; i < docs.size(); i++) {
        List<String> expected = oneDocumentAtATime(docs.get(i), catalog, search);
        assertThat(batch.get(i)).as(entries.get(i).id()).isEqualTo(expected);
        tagged += expected.isEmpty() ? 0 : 1;
      }
      assertThat(tagged).as("entries with a topic").isGreaterThan(docs.size() / 10);
    }
  }

  /** The tagging of issue 13's starting point, kept here as the reference. */
  private static List<String> oneDocumentAtATime(
      Document doc, Catalog catalog, SearchCatalog search) {
    MemoryIndex index = MemoryIndex.fromDocument(doc, ANALYZER);
    List<String> topics = new ArrayList<>();
    for (Topic topic : catalog.topics()) {
      ParsedQuery parsed = search.parser().parse(topic.query());
      BooleanQuery query =
          new BooleanQuery.Builder()
              .add(parsed.query(), Occur.MUST)
              .add(new MatchAllDocsQuery(), Occur.SHOULD)
              .build();
      if (index.search(query) > 0f) {
        topics.add(Keywords.normalize(topic.key()));
      }
    }
    return topics.stream().sorted().toList();
  }

  private static List<ArchivedEntry> entries() throws Exception {
    List<ArchivedEntry> entries = new ArrayList<>();
    entries.addAll(SampleEntries.read("mpn-program-blog.xml", "mpn-blog"));
    entries.addAll(SampleEntries.read("partner-center-announcements.atom", "channel-guy"));
    entries.addAll(SampleEntries.read("channel-insights.json", "other-blog"));
    entries.addAll(SampleEntries.read("licensing-lowdown.xml", "mpn-blog"));
    for (int f = 0; f < 3; f++) {
      for (GeneratedFeeds.Entry e : GeneratedFeeds.feed(13, f, 60).entries()) {
        entries.add(Entries.generated(f == 0 ? "mpn-blog" : "channel-guy", e));
      }
    }
    return entries;
  }
}
