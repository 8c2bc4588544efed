package org.partnerdigest.content;

import java.net.URI;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;

/**
 * Cleans untrusted HTML with one Jsoup allowlist built once (thread-safe): resolves relative URLs,
 * drops active content, tracking pixels and tracking parameters. Also derives plain text.
 *
 * <p>What is kept, removed and rewritten is described in {@code docs/content-cleaning.md}.
 */
public final class HtmlSanitizer {

  private static final Cleaner CLEANER = new Cleaner(ContentSafelist.SAFELIST);

  /**
   * Cleaning a second time must change nothing, but the HTML parser repairs some tag soup only on
   * the second look (an unwrapped element can leave a structure it would nest differently), so
   * cleaning repeats until the output stops changing. Almost all input settles after one pass.
   */
  private static final int MAX_PASSES = 4;

  /** Sanitized HTML with absolute URLs resolved against {@code base}; idempotent. */
  public String clean(String html, URI base) {
    return passes(html, base).html();
  }

  /**
   * {@link #clean} together with the {@link #plainText} of its result, read from the tree the last
   * pass built instead of parsing the result once more (issue 13: each entry was parsed three
   * times).
   */
  SanitizedHtml cleanWithText(String html, URI base) {
    Passes passes = passes(html, base);
    if (passes.html().isEmpty()) {
      return new SanitizedHtml("", "");
    }
    // Settled output is exactly what the last tree serialises to; otherwise read it back.
    String text = passes.settled() ? PlainText.of(passes.tree().body()) : plainText(passes.html());
    return new SanitizedHtml(passes.html(), text);
  }

  /** The cleaned HTML, the tree it was written from, and whether one more pass would keep it. */
  private record Passes(String html, Document tree, boolean settled) {}

  private static Passes passes(String html, URI base) {
    if (html == null || html.isBlank()) {
      return new Passes("", null, true);
    }
    String baseUri = base == null ? "" : base.toString();
    String current = html;
    Document tree = null;
    boolean settled = false;
    for (int pass = 0; pass < MAX_PASSES && !settled; pass++) {
      tree = cleanOnce(current, baseUri);
      String next = tree.body().html();
      settled = next.equals(current);
      current = next;
    }
    // Whitespace-only output is empty, as whitespace-only input is.
    return current.isBlank() ? new Passes("", null, true) : new Passes(current, tree, settled);
  }

  private static Document cleanOnce(String html, String baseUri) {
    Document dirty = Jsoup.parseBodyFragment(ActiveContent.closeSelfClosed(html), baseUri);
    ActiveContent.remove(dirty.body());
    LazyImages.promote(dirty.body());
    ActiveContent.unwrapNoscript(dirty.body());
    Document clean = CLEANER.clean(dirty);
    clean.outputSettings().prettyPrint(false);
    LinkRewriter.rewrite(clean.body());
    return clean;
  }

  /**
   * A prefix of {@link #clean} output made whole again: open elements are closed and a tag cut in
   * the middle is dropped (the HTML parser never emits a tag it did not see end). Nothing new can
   * appear, so the result is as clean as the input; cheaper than cleaning it again.
   */
  String closeCut(String cleanPrefix) {
    Document doc = Jsoup.parseBodyFragment(cleanPrefix);
    doc.outputSettings().prettyPrint(false);
    return doc.body().html();
  }

  /**
   * A title or other text field as plain text: entities decoded, tags removed, spaces folded.
   *
   * <p>The input is read as HTML once, as feedparser does for titles typed as HTML: {@code
   * <b>x</b>} becomes {@code x} and {@code AT&amp;T} becomes {@code AT&T}; a title escaped twice
   * ({@code &lt;b&gt;}) keeps its visible angle brackets, since that is what its author wrote.
   */
  public String plainTitle(String raw) {
    if (raw == null || raw.isBlank()) {
      return "";
    }
    Element body = Jsoup.parseBodyFragment(ActiveContent.closeSelfClosed(raw)).body();
    ActiveContent.remove(body);
    return PlainText.fold(body.text());
  }

  /**
   * Plain text of (already sanitized) HTML, for indexing: block elements and line breaks become
   * spaces so words from adjacent paragraphs are never glued together; whitespace is folded.
   */
  public String plainText(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    Element body = Jsoup.parseBodyFragment(html).body();
    ActiveContent.remove(body);
    return PlainText.of(body);
  }

  /**
   * At most {@code max} characters of {@code text}, cut at a word boundary, with an ellipsis.
   *
   * <p>Characters are UTF-16 units ({@link String#length()}), so the result also fits any limit
   * counted in code points. The ellipsis counts within {@code max}; a single word longer than the
   * limit is cut between grapheme clusters, never inside a surrogate pair.
   */
  public static String excerpt(String text, int max) {
    return Excerpt.of(text, max);
  }
}
