package org.partnerdigest.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first moments after start-up, when the web server may take requests before the index has
 * opened (issue 7: a NullPointerException in {@code acquire} on every restart).
 */
class IndexStartupTests {

  @TempDir Path dataDir;

  @Test
  void searchBeforeTheIndexOpensIsRefusedAsNotReady() {
    SearchService service = UnopenedSearch.service(dataDir);

    assertThatThrownBy(() -> service.search(SearchFixture.query("renewal")))
        .isInstanceOf(IndexNotReadyException.class)
        .hasMessageContaining("still opening")
        .satisfies(
            e ->
                assertThat(((IndexNotReadyException) e).retryAfter())
                    .isEqualTo(SearchIndex.OPEN_WAIT));
    assertThatThrownBy(() -> service.entry("some-id")).isInstanceOf(IndexNotReadyException.class);
  }

  @Test
  void searchWaitsForAnIndexThatIsOpening() {
    SearchIndex index = UnopenedSearch.index(dataDir, new MemoryArchive());
    SearchService service = new SearchService(index, InstantSource.fixed(SearchFixture.NOW));
    CompletableFuture<SearchResults> answer =
        CompletableFuture.supplyAsync(() -> service.search(SearchFixture.query("renewal")));

    index.start();
    try {
      await().atMost(Duration.ofSeconds(30)).until(answer::isDone);
      assertThat(answer.join().total()).isZero();
    } finally {
      index.stop();
    }
  }
}
