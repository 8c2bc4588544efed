package org.partnerdigest.search;

import static org.partnerdigest.search.IndexFields.*;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.jsoup.Jsoup;
import org.partnerdigest.archive.ArchivedEntry;
import org.partnerdigest.catalog.FeedProfile;
import org.partnerdigest.content.ParsedEntry;

/**
 * Turns an archived entry into its Lucene document. Only what the result pages show is stored; the
 * archive stays the source of truth.
 */
final class EntryDocuments {

  /** Body text with offsets in the postings, so snippets need no re-analysis. */
  private static final FieldType BODY_TYPE = bodyType();

  private EntryDocuments() {}

  private static FieldType bodyType() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  /**
   * The document for a visible entry, primary until grouped; without topics until {@link #tag}
   * (topics are matched a batch at a time).
   */
  static Document build(ArchivedEntry archived, SearchCatalog catalog) {
    ParsedEntry entry = archived.entry();
    String feedKey = archived.feedKey();
    Document doc = new Document();
    doc.add(new StringField(ID, entry.id(), Store.YES));
    String title = nonNull(entry.title());
    String summary = entry.summary() == null ? "" : Jsoup.parse(entry.summary()).text();
    String body = nonNull(entry.text());
    doc.add(new TextField(TITLE, title, Store.YES));
    doc.add(new TextField(SUMMARY, summary, Store.NO));
    doc.add(new Field(BODY, body, BODY_TYPE));
    doc.add(new TextField(SPELL, title + "\n" + body, Store.NO));
    if (entry.author() != null && !entry.author().isBlank()) {
      doc.add(new TextField(AUTHOR, entry.author(), Store.YES));
      doc.add(new StringField(AUTHOR_KEY, Keywords.normalize(entry.author()), Store.NO));
    }
    keyword(doc, FEED, feedKey, true);
    FeedProfile feed = catalog.profile(feedKey);
    doc.add(new StoredField(FEED_TITLE, feed.displayTitle()));
    if (feed.group() != null) {
      keyword(doc, GROUP, feed.group().key(), true);
      doc.add(new StringField(TIER, feed.group().tier().name(), Store.YES));
    }
    Set<String> tags = new LinkedHashSet<>(entry.categories());
    tags.addAll(feed.source().tags());
    for (String tag : tags) {
      doc.add(new StringField(TAG, Keywords.normalize(tag), Store.NO));
    }
    entry.categories().forEach(c -> doc.add(new StoredField(CATEGORY, c)));
    Instant published = archived.date();
    doc.add(new LongPoint(PUBLISHED, published.toEpochMilli()));
    doc.add(new NumericDocValuesField(PUBLISHED, published.toEpochMilli()));
    doc.add(new StoredField(PUBLISHED, published.toEpochMilli()));
    keyword(doc, YEAR, String.valueOf(published.atZone(ZoneOffset.UTC).getYear()), false);
    if (entry.link() != null) {
      doc.add(new StoredField(LINK, entry.link()));
    }
    doc.add(new StoredField(EXCERPT, nonNull(entry.excerpt())));
    for (String key : DuplicateKeys.of(entry.link(), title, body)) {
      doc.add(new StringField(DUP_KEY, key, Store.YES));
    }
    return doc;
  }

  /** Adds to each of {@code docs} the topics it matches (one in-memory index for the batch). */
  static void tag(List<Document> docs, SearchCatalog catalog) {
    List<List<String>> topics = catalog.tagger().topicsOf(docs);
    for (int i = 0; i < docs.size(); i++) {
      Document doc = docs.get(i);
      topics.get(i).forEach(topic -> keyword(doc, TOPIC, topic, true));
    }
  }

  /** Marks a built document as shown (primary) or folded under another copy. */
  static Document grouped(Document doc, boolean primary, List<String> alsoIn) {
    doc.removeFields(PRIMARY);
    doc.removeFields(ALSO_IN);
    doc.add(new StringField(PRIMARY, String.valueOf(primary), Store.YES));
    alsoIn.forEach(feed -> doc.add(new StoredField(ALSO_IN, feed)));
    return doc;
  }

  private static void keyword(Document doc, String field, String value, boolean stored) {
    String normalized = Keywords.normalize(value);
    doc.add(new StringField(field, normalized, stored ? Store.YES : Store.NO));
    doc.add(new SortedSetDocValuesField(field, new BytesRef(normalized)));
  }

  private static String nonNull(String value) {
    return value == null ? "" : value;
  }
}
