package org.partnerdigest.content;

/**
 * Turns a fetched document into a {@link ParsedFeed}: detects the format, decodes the charset,
 * parses safely (no DTDs, no external entities), recovers broken XML, sanitizes HTML and derives
 * stable entry ids. Thread-safe; build once.
 */
public class FeedParser {

  public ParsedFeed parse(FeedDocument document) throws FeedParseException {
    throw new UnsupportedOperationException("not built yet");
  }
}
