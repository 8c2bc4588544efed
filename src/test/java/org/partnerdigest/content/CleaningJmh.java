package org.partnerdigest.content;

import java.net.URI;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.partnerdigest.bench.FeedDocuments;
import org.partnerdigest.bench.GeneratedFeeds;

/**
 * Micro-benchmarks of parsing and cleaning (bench profile only): one generated entry's HTML through
 * the sanitizer, and one generated 20-entry feed of each format through the whole parser.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CleaningJmh {

  private static final URI BASE = URI.create("https://news.example.com/posts/1");

  private final HtmlSanitizer sanitizer = new HtmlSanitizer();
  private final FeedParser parser = new FeedParser();
  private String[] html;
  private FeedDocument[] feeds;
  private int next;

  @Setup(Level.Trial)
  public void generate() {
    SplittableRandom random = new SplittableRandom(13);
    html = new String[64];
    for (int i = 0; i < html.length; i++) {
      html[i] = GeneratedFeeds.html(random, 500 + random.nextInt(4_500));
    }
    feeds = new FeedDocument[3];
    for (int i = 0; i < feeds.length; i++) {
      GeneratedFeeds.Feed feed = GeneratedFeeds.feed(13, i, 20);
      String url = "https://news.example.com/feeds/" + i;
      feeds[i] =
          new FeedDocument(
              FeedDocuments.body(feed, url), FeedDocuments.contentType(feed), URI.create(url), "b");
    }
  }

  /** One entry's content cleaned, then its plain text parsed from the result (before issue 13). */
  @Benchmark
  public String cleanThenParseText() {
    String input = html[next++ & 63];
    return sanitizer.plainText(sanitizer.clean(input, BASE));
  }

  /** One entry's content cleaned with its plain text read from the same tree (issue 13). */
  @Benchmark
  public SanitizedHtml cleanWithText() {
    return sanitizer.cleanWithText(html[next++ & 63], BASE);
  }

  @Benchmark
  public Object parseRssFeed() throws Exception {
    return parser.parse(feeds[0]);
  }

  @Benchmark
  public Object parseAtomFeed() throws Exception {
    return parser.parse(feeds[1]);
  }

  @Benchmark
  public Object parseJsonFeed() throws Exception {
    return parser.parse(feeds[2]);
  }
}
