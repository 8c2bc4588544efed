package org.partnerdigest.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnerdigest.TestProperties;
import org.partnerdigest.archive.ArchiveFixture;
import org.partnerdigest.archive.ArchivedEntry;
import org.partnerdigest.archive.FeedState;
import org.partnerdigest.archive.FeedStatus;
import org.partnerdigest.catalog.FeedSource;
import org.partnerdigest.crawl.FeedServer.Reply;

class CrawlCoordinatorTests {

  static final Instant START = Instant.parse("2026-03-02T10:00:00Z");

  @TempDir Path dataDir;
  ArchiveFixture fx;
  FeedServer server;
  MutableClock clock = new MutableClock(START);
  CrawlCoordinator coordinator;
  FeedFetcher fetcher;

  @BeforeEach
  void start() {
    fx = openDatabase(dataDir);
    server = new FeedServer();
    coordinator = coordinator(Map.of("partner-digest.crawl.max-fetches-per-host", "2"), true);
  }

  CrawlCoordinator coordinator(Map<String, String> settings, boolean samplesEnabled) {
    Map<String, String> all = new java.util.HashMap<>(settings);
    all.put("partner-digest.crawl.allowed-hosts", "127.0.0.1");
    all.put("partner-digest.crawl.fetch-jitter", "0s");
    CrawlProperties properties = crawlProperties(all);
    fetcher = new FeedFetcher(FetchSettings.from(properties), "PartnerDigest/test", clock);
    FeedCrawl crawl =
        new FeedCrawl(
            fetcher,
            new RefreshPlanner(properties),
            samplesEnabled ? Optional.of(new SampleDocuments()) : Optional.empty(),
            fx.store,
            clock);
    return new CrawlCoordinator(crawl, fx.states, fx.leases, clock, properties);
  }

  @AfterEach
  void stop() throws Exception {
    coordinator.destroy();
    fetcher.close();
    server.close();
    fx.close();
  }

  FeedSource feed(String key, String path) {
    return new FeedSource(key, server.url(path), null, null, List.of(), true, null);
  }

  List<CrawlReport> crawlDue(FeedSource... feeds) {
    return coordinator.crawlDue(List.of(feeds)).stream().map(CompletableFuture::join).toList();
  }

  FeedState state(String key) {
    return fx.states.find(key).orElseThrow();
  }

  void passTime(Duration d) {
    clock.advance(d);
  }

  @Test
  void crawlsALoopbackFeedIntoTheArchive() {
    server.answer("/feed.xml", Reply.feed("rss-three-posts.xml", "\"v1\""));

    List<CrawlReport> reports = crawlDue(feed("notes", "/feed.xml"));

    assertThat(reports).singleElement().satisfies(r -> assertThat(r.added()).isEqualTo(3));
    assertThat(fx.archive.latest(10))
        .extracting((ArchivedEntry e) -> e.entry().title())
        .containsExactly(
            "CSP price list deadline moves to the 15th",
            "Myth: Action Pack renews automatically",
            "Your designation renewal window opens 90 days early");
    FeedState state = state("notes");
    assertThat(state.status()).isEqualTo(FeedStatus.OK);
    assertThat(state.validators().etag()).isEqualTo("\"v1\"");
    assertThat(state.self().title()).isEqualTo("Partner Program Notes");
    assertThat(state.nextFetch()).isAfter(START);
  }

  @Test
  void sendsIfNoneMatchOnTheNextCrawlAndA304WritesNoEntries() {
    server.answer("/feed.xml", Reply.feed("rss-three-posts.xml", "\"v1\""));
    FeedSource notes = feed("notes", "/feed.xml");
    crawlDue(notes);
    passTime(Duration.ofHours(5));

    List<CrawlReport> second = crawlDue(notes);

    assertThat(server.requests.getLast().ifNoneMatch()).isEqualTo("\"v1\"");
    assertThat(second)
        .singleElement()
        .satisfies(r -> assertThat(r.status()).isEqualTo(FeedStatus.NOT_MODIFIED));
    assertThat(fx.archive.lastSeq()).isEqualTo(3);
    assertThat(state("notes").attempts().lastSuccess()).isEqualTo(START.plus(Duration.ofHours(5)));
  }

  @Test
  void doesNotFetchAFeedBeforeItIsDue() {
    server.answer("/feed.xml", Reply.feed("rss-three-posts.xml", null));
    FeedSource notes = feed("notes", "/feed.xml");
    crawlDue(notes);

    assertThat(crawlDue(notes)).isEmpty();
    assertThat(server.requestsTo("/feed.xml")).isEqualTo(1);
  }

  @Test
  void crawlAllIgnoresDueTimes() {
    server.answer("/feed.xml", Reply.feed("rss-three-posts.xml", null));
    FeedSource notes = feed("notes", "/feed.xml");
    crawlDue(notes);

    assertThat(coordinator.crawlAll(List.of(notes))).hasSize(1);
    assertThat(server.requestsTo("/feed.xml")).isEqualTo(2);
  }

  @Test
  void skipsDisabledFeeds() {
    FeedSource disabled =
        new FeedSource("off", server.url("/feed.xml"), null, null, List.of(), false, null);

    assertThat(crawlDue(disabled)).isEmpty();
    assertThat(server.requests).isEmpty();
  }

  @Test
  void stopsCrawlingAFeedRemovedFromTheCatalogButKeepsItsEntries() {
    server.answer("/a.xml", Reply.feed("rss-three-posts.xml", null));
    server.answer("/b.xml", Reply.status(500, Map.of()));
    crawlDue(feed("a", "/a.xml"), feed("b", "/b.xml"));
    passTime(Duration.ofDays(1));

    crawlDue(feed("b", "/b.xml"));

    assertThat(server.requestsTo("/a.xml")).isEqualTo(1);
    assertThat(server.requestsTo("/b.xml")).isEqualTo(2);
    assertThat(fx.archive.latest(10)).hasSize(3);
    assertThat(fx.states.find("a")).isPresent();
  }

  @Test
  void anEditorsUrlChangeResetsValidatorsAndFetchesAtOnce() {
    server.answer("/old.xml", Reply.feed("rss-three-posts.xml", "\"v1\""));
    server.answer("/new.xml", Reply.feed("rss-three-posts.xml", "\"v1\""));
    crawlDue(feed("notes", "/old.xml"));

    crawlDue(feed("notes", "/new.xml"));

    assertThat(server.requests.getLast()).isEqualTo(new FeedServer.Request("/new.xml", null));
    assertThat(state("notes").url()).isEqualTo(server.url("/new.xml"));
    assertThat(fx.archive.lastSeq()).isEqualTo(3);
  }

  @Test
  void followsAPermanentRedirectAndRemembersItForEditors() {
    server.answer(
        "/old.xml", Reply.status(301, Map.of("Location", server.url("/moved.xml").toString())));
    server.answer("/moved.xml", Reply.feed("rss-three-posts.xml", null));
    FeedSource notes = feed("notes", "/old.xml");

    crawlDue(notes);
    passTime(Duration.ofHours(5));
    crawlDue(notes);

    FeedState state = state("notes");
    assertThat(state.status()).isEqualTo(FeedStatus.MOVED);
    assertThat(state.movedTo()).isEqualTo(server.url("/moved.xml"));
    assertThat(state.url()).isEqualTo(server.url("/old.xml"));
    assertThat(server.requestsTo("/old.xml")).isEqualTo(1);
    assertThat(server.requestsTo("/moved.xml")).isEqualTo(2);
  }

  @Nested
  class WhenAFeedFails {

    @Test
    void goneStopsPolling() {
      server.answer("/feed.xml", Reply.status(410, Map.of()));
      FeedSource notes = feed("notes", "/feed.xml");

      crawlDue(notes);
      passTime(Duration.ofDays(30));

      assertThat(crawlDue(notes)).isEmpty();
      assertThat(state("notes").status()).isEqualTo(FeedStatus.GONE);
      assertThat(server.requestsTo("/feed.xml")).isEqualTo(1);
    }

    @Test
    void rateLimitedWaitsForRetryAfter() {
      server.answer("/feed.xml", Reply.status(429, Map.of("Retry-After", "1800")));
      FeedSource notes = feed("notes", "/feed.xml");

      crawlDue(notes);

      FeedState state = state("notes");
      assertThat(state.status()).isEqualTo(FeedStatus.RATE_LIMITED);
      assertThat(state.nextFetch()).isEqualTo(START.plusSeconds(1800));
      passTime(Duration.ofMinutes(29));
      assertThat(crawlDue(notes)).isEmpty();
      passTime(Duration.ofMinutes(1));
      assertThat(crawlDue(notes)).hasSize(1);
    }

    @Test
    void failingFeedBacksOffLongerEachTime() {
      server.answer("/feed.xml", Reply.status(500, Map.of()));
      FeedSource notes = feed("notes", "/feed.xml");

      crawlDue(notes);
      FeedState first = state("notes");
      passTime(Duration.between(START, first.nextFetch()));
      crawlDue(notes);
      FeedState second = state("notes");

      assertThat(first.status()).isEqualTo(FeedStatus.FAILING);
      assertThat(first.lastError()).contains("500");
      assertThat(second.attempts().consecutiveFailures()).isEqualTo(2);
      assertThat(Duration.between(second.attempts().lastFetch(), second.nextFetch()))
          .isGreaterThan(Duration.between(first.attempts().lastFetch(), first.nextFetch()));
    }

    @Test
    void unreachableFeedFailsWithAMessageNotAnException() {
      FeedSource nowhere =
          new FeedSource(
              "nowhere",
              URI.create("http://127.0.0.1:1/feed.xml"),
              null,
              null,
              List.of(),
              true,
              null);

      assertThat(crawlDue(nowhere)).singleElement().satisfies(r -> assertThat(r.failed()).isTrue());
      assertThat(state("nowhere").lastError()).isNotBlank();
    }

    @Test
    void anHtmlPageIsAFailingFeedWithTheParsersMessage() {
      server.answer(
          "/page.html",
          new Reply(
              200, FeedServer.fixture("html-page-not-a-feed.html"), "text/html", null, Map.of()));

      crawlDue(feed("page", "/page.html"));

      FeedState state = state("page");
      assertThat(state.status()).isEqualTo(FeedStatus.FAILING);
      assertThat(state.lastError()).isNotBlank();
      assertThat(fx.archive.lastSeq()).isZero();
    }
  }

  @Nested
  class Limits {

    @Test
    void neverFetchesMoreThanTheHostLimitAtOnce() {
      AtomicInteger inFlight = new AtomicInteger();
      AtomicInteger most = new AtomicInteger();
      CountDownLatch never = new CountDownLatch(1);
      server.onRequest =
          path -> {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
              never.await(150, TimeUnit.MILLISECONDS); // hold the request open a moment
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            inFlight.decrementAndGet();
          };
      FeedSource[] feeds =
          IntStream.range(0, 6)
              .mapToObj(
                  i -> {
                    server.answer("/f" + i + ".xml", Reply.feed("rss-three-posts.xml", null));
                    return feed("f" + i, "/f" + i + ".xml");
                  })
              .toArray(FeedSource[]::new);

      crawlDue(feeds);

      assertThat(server.requests).hasSize(6);
      assertThat(most.get()).isEqualTo(2);
    }
  }

  @Nested
  class FetchNow {

    @Test
    void fetchesAFeedThatIsNotDueYet() {
      server.answer("/feed.xml", Reply.feed("rss-three-posts.xml", null));
      FeedSource notes = feed("notes", "/feed.xml");
      crawlDue(notes);
      assertThat(crawlDue(notes)).isEmpty();

      CrawlReport report = coordinator.crawlNow(notes);

      assertThat(report.status()).isEqualTo(FeedStatus.OK);
      assertThat(server.requestsTo("/feed.xml")).isEqualTo(2);
    }

    @Test
    void reportsTheFailureInWords() {
      CrawlReport report = coordinator.crawlNow(feed("missing", "/missing.xml"));

      assertThat(report.failed()).isTrue();
      assertThat(report.error()).isEqualTo("HTTP 404 Not Found");
      assertThat(state("missing").attempts().consecutiveFailures()).isEqualTo(1);
    }

    @Test
    void answersWithTheRunningFetchInsteadOfFetchingTwice() throws Exception {
      CountDownLatch arrived = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      server.onRequest =
          path -> {
            arrived.countDown();
            try {
              release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          };
      server.answer("/feed.xml", Reply.feed("rss-three-posts.xml", null));
      FeedSource notes = feed("notes", "/feed.xml");
      CompletableFuture<CrawlReport> scheduled = coordinator.crawlDue(List.of(notes)).getFirst();
      assertThat(arrived.await(30, TimeUnit.SECONDS)).isTrue();

      CompletableFuture<CrawlReport> now = new CompletableFuture<>();
      Thread editor = Thread.ofVirtual().start(() -> now.complete(coordinator.crawlNow(notes)));
      await().atMost(Duration.ofSeconds(30)).until(() -> waitsForAFetch(editor));
      release.countDown();

      assertThat(now.get(30, TimeUnit.SECONDS)).isSameAs(scheduled.join());
      assertThat(server.requestsTo("/feed.xml")).isEqualTo(1);
    }
  }

  private static boolean waitsForAFetch(Thread thread) {
    return java.util.Arrays.stream(thread.getStackTrace())
        .anyMatch(
            f ->
                f.getClassName().equals(CompletableFuture.class.getName())
                    && f.getMethodName().equals("join"));
  }

  @Nested
  class Samples {

    @Test
    void aMissingSampleFailsWithItsName() {
      FeedSource sample =
          new FeedSource(
              "s", URI.create("sample:no-such-file.xml"), null, null, List.of(), true, null);

      crawlDue(sample);

      assertThat(state("s").lastError()).isEqualTo("no bundled sample named no-such-file.xml");
    }

    @Test
    void sampleFeedsAreSkippedWhenSamplesAreDisabled() throws Exception {
      coordinator.destroy();
      coordinator = coordinator(Map.of(), false);
      FeedSource sample =
          new FeedSource(
              "s", URI.create("sample:mpn-program-blog.xml"), null, null, List.of(), true, null);

      assertThat(crawlDue(sample)).isEmpty();
      assertThat(fx.states.find("s")).isEmpty();
    }
  }

  static CrawlProperties crawlProperties(Map<String, String> properties) {
    return TestProperties.bind("partner-digest.crawl", CrawlProperties.class, properties);
  }

  /**
   * The database of every test; {@link PostgresCrawlCoordinatorTests} runs them all again on
   * PostgreSQL.
   */
  ArchiveFixture openDatabase(Path dataDir) {
    return new ArchiveFixture(dataDir);
  }
}
