package org.partnerdigest.content;

/**
 * The most of each field the content module keeps, in characters (UTF-16 units, {@link
 * String#length()}). The one owner of these numbers; docs/content.md gives the reasons. A field
 * over its limit is cut by {@link FieldBounds} and its entry gets {@link EntryNote#TRUNCATED}.
 *
 * <p>They sit far above what real feeds send (no entry of the shared corpus comes near any of them;
 * its longest title has 102 characters) and far below the fetcher's 10 MB body cap, so an ordinary
 * post is never cut and one hostile field can no longer make every page that lists it megabytes
 * long.
 */
final class FieldLimits {

  /** Entry and feed titles: a long headline is ~150 characters. */
  static final int TITLE = 1_000;

  /** An author's display name. */
  static final int AUTHOR = 200;

  /** One category or tag. */
  static final int CATEGORY = 100;

  /** Categories per entry; further ones are dropped. */
  static final int CATEGORIES = 50;

  /** A link (and a guid): the de-facto URL limit of browsers, search engines and sitemaps. */
  static final int LINK = 2_048;

  /** A guid; often a URL, so the same limit. */
  static final int GUID = LINK;

  /** A language tag; BCP 47 tags in practice are under 35 characters. */
  static final int LANGUAGE = 64;

  /** Summary (HTML) and a feed's description: a summary is a paragraph or a teaser. */
  static final int SUMMARY = 64 * 1024;

  /** Content (HTML): a very long article is ~100 KiB of HTML; half a MiB keeps every real one. */
  static final int CONTENT = 512 * 1024;

  /**
   * Raw input read per field before cleaning, as a multiple of its limit. Cleaning only shrinks
   * text by markup and entities, so this never cuts a field that would have fitted once cleaned in
   * practice, and a 10 MB field never reaches the HTML parser whole.
   */
  static final int RAW_FACTOR = 4;

  /** Raw categories looked at per entry (duplicates and blanks included). */
  static final int RAW_CATEGORIES = CATEGORIES * RAW_FACTOR;

  private FieldLimits() {}
}
