package org.partnerdigest.content;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Builds {@link ParsedEntry} values for tests in any module, so a new entry field changes one test
 * file. Unset fields are {@code null} (categories empty); the content hash defaults to the title.
 */
public final class TestEntries {

  private String id;
  private String guid;
  private String title;
  private String link;
  private String author;
  private String language;
  private Instant published;
  private Instant updated;
  private String summary;
  private String content;
  private List<String> categories = List.of();
  private String text;
  private String excerpt;
  private String contentHash;
  private Set<EntryNote> notes = Set.of();

  private TestEntries(String id) {
    this.id = id;
    this.guid = id;
  }

  public static TestEntries entry(String id) {
    return new TestEntries(id);
  }

  /** A builder starting from an existing entry, to change a few fields. */
  public static TestEntries from(ParsedEntry e) {
    TestEntries b = new TestEntries(e.id());
    b.guid = e.guid();
    b.title = e.title();
    b.link = e.link();
    b.author = e.author();
    b.language = e.language();
    b.published = e.published();
    b.updated = e.updated();
    b.summary = e.summary();
    b.content = e.content();
    b.categories = e.categories();
    b.text = e.text();
    b.excerpt = e.excerpt();
    b.contentHash = e.contentHash();
    b.notes = e.notes();
    return b;
  }

  public TestEntries guid(String value) {
    guid = value;
    return this;
  }

  public TestEntries title(String value) {
    title = value;
    return this;
  }

  public TestEntries link(String value) {
    link = value;
    return this;
  }

  public TestEntries author(String value) {
    author = value;
    return this;
  }

  public TestEntries language(String value) {
    language = value;
    return this;
  }

  public TestEntries published(Instant value) {
    published = value;
    return this;
  }

  public TestEntries updated(Instant value) {
    updated = value;
    return this;
  }

  public TestEntries summary(String value) {
    summary = value;
    return this;
  }

  public TestEntries content(String value) {
    content = value;
    return this;
  }

  public TestEntries categories(List<String> value) {
    categories = value;
    return this;
  }

  /** The plain text, and an excerpt of its first 200 characters unless one is set. */
  public TestEntries text(String value) {
    text = value;
    return this;
  }

  public TestEntries excerpt(String value) {
    excerpt = value;
    return this;
  }

  public TestEntries contentHash(String value) {
    contentHash = value;
    return this;
  }

  public TestEntries notes(EntryNote... value) {
    notes = Set.of(value);
    return this;
  }

  public ParsedEntry build() {
    String shortText = text == null ? null : text.substring(0, Math.min(200, text.length()));
    return new ParsedEntry(
        id,
        guid,
        title,
        link,
        author,
        language,
        published,
        updated,
        summary,
        content,
        categories,
        text,
        excerpt != null ? excerpt : shortText,
        contentHash != null ? contentHash : String.valueOf(title),
        notes);
  }
}
