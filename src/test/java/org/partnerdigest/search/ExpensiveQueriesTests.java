package org.partnerdigest.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnerdigest.search.Entries.entry;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7, defect 7: expensive queries cannot starve cheap ones. The test holds the only
 * expensive-query permit itself, as a long expensive query would, and sees what each query does
 * meanwhile.
 */
class ExpensiveQueriesTests {

  @TempDir static Path dataDir;
  static SearchFixture fixture;

  final SearchService service =
      fixture.service(new QueryLimits(Duration.ofMinutes(1), 1, Duration.ZERO));
  final CountDownLatch held = new CountDownLatch(1);
  final CountDownLatch done = new CountDownLatch(1);

  @BeforeAll
  static void indexSamples() {
    fixture = new SearchFixture(dataDir, SearchFixture.partnerCatalog());
    fixture.index(
        entry("renew", "mpn-blog", "Competency renewal", "Your competency renews on the date."),
        entry("billing", "other-blog", "Billing", "A monthly invoice, a yearly subscription."));
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  @BeforeEach
  void holdTheOnlyPermit() throws InterruptedException {
    Thread.ofVirtual()
        .start(
            () -> {
              try {
                service.runner.expensive.run(
                    () -> {
                      held.countDown();
                      try {
                        done.await();
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                      return null;
                    });
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    held.await();
  }

  @AfterEach
  void release() {
    done.countDown();
  }

  @Test
  void anExpensiveQueryWithoutAPermitIsToldToComeBack() {
    assertThatThrownBy(
            () -> service.search(SearchFixture.query(QueryBudgetTests.leadingWildcards())))
        .isInstanceOfSatisfying(
            SearchBusyException.class,
            e -> assertThat(e.retryAfter()).isEqualTo(QueryLimits.BUSY_RETRY_AFTER))
        .hasMessage(
            "too many long or wildcard searches are running; try again in 2 seconds,"
                + " or use fewer words and wildcards");
  }

  @Test
  void aCheapQueryNeverWaitsForThePermits() {
    assertThat(service.search(SearchFixture.query("competency renewal")).total()).isEqualTo(1);
  }

  @Test
  void aPrefixThatExpandsToFewTermsIsCheap() {
    assertThat(service.search(SearchFixture.query("renew*")).total()).isEqualTo(1);
  }

  @Test
  void aLongQueryIsExpensive() {
    assertThatThrownBy(() -> service.search(SearchFixture.query(QueryBudgetTests.words(34))))
        .isInstanceOf(SearchBusyException.class);
  }
}
