package org.partnerdigest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnerdigest.archive.EntryArchive;
import org.partnerdigest.search.SearchService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two instances of the whole application (two application contexts, each with its own data
 * directory and Lucene index) on one PostgreSQL schema, crawling 100 loopback feeds on their
 * schedules: they share the crawl through feed leases, and each index follows the one archive.
 */
@RequiresPostgres
class TwoInstancesTests {

  static final int FEEDS = 100;
  static final Duration PATIENCE = Duration.ofMinutes(3);

  @TempDir Path dir;
  String schema;
  HikariDataSource database;
  JdbcClient jdbc;
  ClusterFeeds feeds;
  Path catalog;
  final List<ConfigurableApplicationContext> instances = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    schema = TestPostgres.newSchema("cluster");
    database = TestPostgres.dataSource(schema);
    jdbc = JdbcClient.create(database);
    feeds = new ClusterFeeds(FEEDS);
    catalog = feeds.writeCatalog(dir.resolve("feeds.yml"));
  }

  @AfterEach
  void stop() {
    instances.forEach(ConfigurableApplicationContext::close);
    if (feeds != null) {
      feeds.close();
    }
    if (database != null) {
      database.close();
      TestPostgres.dropSchema(schema);
    }
  }

  @Test
  void everyFeedIsFetchedOnceAndBothIndexesHoldEveryEntry() {
    ConfigurableApplicationContext a = instance("a");
    ConfigurableApplicationContext b = instance("b");

    await().atMost(PATIENCE).until(() -> feedsFetched() == FEEDS);
    List<String> ids = archivedIds();
    assertThat(ids).hasSize(2 * FEEDS);
    assertThat(feeds.keys()).allSatisfy(key -> assertThat(feeds.requestsTo(key)).isEqualTo(1));
    await().atMost(PATIENCE).until(() -> indexHoldsAll(a, ids) && indexHoldsAll(b, ids));
    assertThat(feeds.requests).hasSize(FEEDS);
    System.out.printf(
        "two instances: %d feeds fetched by a, %d by b%n",
        feeds.requestsFrom("instance-a"), feeds.requestsFrom("instance-b"));
  }

  @Test
  void hideAndPinOnOneInstanceReachTheOthersIndex() {
    ConfigurableApplicationContext a = instance("a");
    ConfigurableApplicationContext b = instance("b");
    await().atMost(PATIENCE).until(() -> feedsFetched() == FEEDS);
    List<String> ids = archivedIds();
    await().atMost(PATIENCE).until(() -> indexHoldsAll(b, ids));

    EntryArchive archive = a.getBean(EntryArchive.class);
    assertThat(archive.setHidden(ids.get(0), true)).isTrue();
    assertThat(archive.setPinned(ids.get(1), true)).isTrue();

    long lastSeq = archive.lastSeq();
    SearchService otherIndex = b.getBean(SearchService.class);
    await().atMost(PATIENCE).until(() -> otherIndex.indexedSeq() == lastSeq);
    assertThat(otherIndex.entry(ids.get(0))).isEmpty();
    assertThat(otherIndex.entry(ids.get(1))).isPresent();
  }

  @Test
  void anInstanceStoppedMidCycleLosesNothingAndTheOtherTakesItsFeedsOver() {
    // An instance that died holding ten leases: they run out after a second.
    Flyway.configure().dataSource(database).schemas(schema).load().migrate();
    long expires = System.currentTimeMillis() + 1_000;
    for (String key : feeds.keys().subList(0, 10)) {
      jdbc.sql("INSERT INTO feed_lease (feed_key, holder, expires) VALUES (?, 'dead', ?)")
          .params(key, expires)
          .update();
    }
    feeds.hold("instance-a");
    ConfigurableApplicationContext a = instance("a");
    await().atMost(PATIENCE).until(() -> feeds.requestsFrom("instance-a") > 0);
    ConfigurableApplicationContext b = instance("b");

    a.close();

    await().atMost(PATIENCE).until(() -> feedsFetched() == FEEDS);
    List<String> ids = archivedIds();
    assertThat(ids).hasSize(2 * FEEDS);
    assertThat(feeds.keys())
        .allSatisfy(
            key ->
                assertThat(
                        feeds.requests.stream()
                            .filter(r -> r.feedKey().equals(key))
                            .filter(r -> r.userAgent().contains("instance-b")))
                    .hasSize(1));
    await().atMost(PATIENCE).until(() -> indexHoldsAll(b, ids));
  }

  private ConfigurableApplicationContext instance(String name) {
    Path data = dir.resolve(name);
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(PartnerDigestApplication.class)
            .run(
                "--server.port=0",
                "--spring.datasource.url=" + TestPostgres.jdbcUrl(schema),
                "--spring.datasource.username=" + TestPostgres.user(),
                "--spring.datasource.password=" + TestPostgres.password(),
                "--partner-digest.data-dir=" + data,
                "--partner-digest.feeds-file=" + catalog,
                "--partner-digest.public-url=http://instance-" + name + ".invalid",
                "--partner-digest.samples.enabled=false",
                "--partner-digest.crawl.allowed-hosts=127.0.0.1",
                "--partner-digest.crawl.tick=100ms",
                "--partner-digest.crawl.fetch-jitter=20ms",
                "--partner-digest.crawl.lease-duration=2s",
                "--partner-digest.search.poll-interval=200ms",
                "--partner-digest.search.commit-interval=200ms",
                "--partner-digest.digest.scheduled=false",
                "--partner-digest.rate-limits.enabled=false");
    instances.add(context);
    return context;
  }

  private int feedsFetched() {
    return jdbc.sql("SELECT COUNT(*) FROM feed_state WHERE status = 'ok'")
        .query(Integer.class)
        .single();
  }

  private List<String> archivedIds() {
    return jdbc.sql("SELECT id FROM entry ORDER BY id").query(String.class).list();
  }

  private static boolean indexHoldsAll(ConfigurableApplicationContext instance, List<String> ids) {
    SearchService search = instance.getBean(SearchService.class);
    return ids.stream().allMatch(id -> search.entry(id).isPresent());
  }
}
