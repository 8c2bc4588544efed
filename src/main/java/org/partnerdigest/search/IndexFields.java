package org.partnerdigest.search;

/** Names of the index fields, shared by the document builder, the parser and the searcher. */
final class IndexFields {

  static final String ID = "id";
  static final String TITLE = "title";
  static final String SUMMARY = "summary";
  static final String BODY = "body";
  static final String AUTHOR = "author";
  static final String SPELL = "spell";

  /** Keyword fields: exact values, filterable and counted as facets where noted. */
  static final String FEED = "feed";

  static final String FEED_TITLE = "feed_title";
  static final String GROUP = "group";
  static final String TIER = "tier";
  static final String TAG = "tag";
  static final String TOPIC = "topic";
  static final String YEAR = "year";
  static final String AUTHOR_KEY = "author_key";
  static final String PUBLISHED = "published";
  static final String LINK = "link";
  static final String EXCERPT = "excerpt";
  static final String CATEGORY = "category";

  /** Duplicate handling: keys shared by copies of one post, and whether this copy is shown. */
  static final String DUP_KEY = "dup_key";

  static final String PRIMARY = "primary";
  static final String ALSO_IN = "also_in";

  private IndexFields() {}
}
