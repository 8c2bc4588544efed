package org.partnerdigest.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RefreshPlannerTests {

  static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

  /** nextDouble() == 0.5: the jitter factor is exactly 1. */
  static final RandomGenerator NO_JITTER = () -> Long.MIN_VALUE;

  final RefreshPlanner planner =
      new RefreshPlanner(
          Duration.ofMinutes(15), Duration.ofHours(4), Duration.ofHours(4), NO_JITTER);

  static List<Instant> postsEvery(Duration gap, int count) {
    return IntStream.range(0, count).mapToObj(i -> NOW.minus(gap.multipliedBy(i + 1))).toList();
  }

  @Nested
  class AfterSuccess {

    @Test
    void editorRefreshWins() {
      assertThat(
              planner.afterSuccess(
                  NOW,
                  Duration.ofMinutes(5),
                  Duration.ofHours(2),
                  postsEvery(Duration.ofHours(1), 5)))
          .isEqualTo(NOW.plus(Duration.ofMinutes(5)));
    }

    @Test
    void followsHalfTheMedianGapBetweenPosts() {
      assertThat(planner.afterSuccess(NOW, null, null, postsEvery(Duration.ofHours(2), 8)))
          .isEqualTo(NOW.plus(Duration.ofHours(1)));
    }

    @Test
    void medianIgnoresOneOutlierGap() {
      List<Instant> posts =
          List.of(
              NOW.minus(Duration.ofHours(1)),
              NOW.minus(Duration.ofHours(2)),
              NOW.minus(Duration.ofHours(3)),
              NOW.minus(Duration.ofDays(20)));

      assertThat(planner.afterSuccess(NOW, null, null, posts))
          .isEqualTo(NOW.plus(Duration.ofMinutes(30)));
    }

    @Test
    void feedHintIsALowerBound() {
      assertThat(
              planner.afterSuccess(
                  NOW, null, Duration.ofHours(3), postsEvery(Duration.ofHours(1), 8)))
          .isEqualTo(NOW.plus(Duration.ofHours(3)));
      assertThat(
              planner.afterSuccess(
                  NOW, null, Duration.ofMinutes(20), postsEvery(Duration.ofHours(4), 8)))
          .isEqualTo(NOW.plus(Duration.ofHours(2)));
    }

    @Test
    void clampsToTheMinimum() {
      assertThat(planner.afterSuccess(NOW, null, null, postsEvery(Duration.ofMinutes(4), 10)))
          .isEqualTo(NOW.plus(Duration.ofMinutes(15)));
    }

    @Test
    void clampsToTheMaximum() {
      assertThat(planner.afterSuccess(NOW, null, null, postsEvery(Duration.ofDays(3), 10)))
          .isEqualTo(NOW.plus(Duration.ofHours(4)));
      assertThat(planner.afterSuccess(NOW, null, Duration.ofDays(1), List.of()))
          .isEqualTo(NOW.plus(Duration.ofHours(4)));
    }

    @Test
    void pollsADormantFeedAtTheSlowestRate() {
      List<Instant> oldBurst =
          postsEvery(Duration.ofMinutes(40), 10).stream()
              .map(i -> i.minus(Duration.ofDays(60)))
              .toList();

      assertThat(planner.afterSuccess(NOW, null, null, oldBurst))
          .isEqualTo(NOW.plus(Duration.ofHours(4)));
    }

    @Test
    void usesAnHourWithoutARhythm() {
      assertThat(planner.afterSuccess(NOW, null, null, null))
          .isEqualTo(NOW.plus(Duration.ofHours(1)));
      assertThat(planner.afterSuccess(NOW, null, null, List.of(NOW.minusSeconds(60))))
          .isEqualTo(NOW.plus(Duration.ofHours(1)));
    }

    @Test
    void ignoresPostsDatedInTheFuture() {
      List<Instant> posts =
          List.of(
              NOW.plus(Duration.ofDays(365)),
              NOW.minus(Duration.ofHours(2)),
              NOW.minus(Duration.ofHours(4)));

      assertThat(planner.afterSuccess(NOW, null, null, posts))
          .isEqualTo(NOW.plus(Duration.ofHours(1)));
    }
  }

  @Nested
  class AfterFailure {

    @Test
    void backsOffExponentiallyFromFifteenMinutes() {
      assertThat(planner.afterFailure(NOW, 1)).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
      assertThat(planner.afterFailure(NOW, 2)).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
      assertThat(planner.afterFailure(NOW, 3)).isEqualTo(NOW.plus(Duration.ofMinutes(60)));
      assertThat(planner.afterFailure(NOW, 5)).isEqualTo(NOW.plus(Duration.ofHours(4)));
    }

    @Test
    void capsTheBackoff() {
      assertThat(planner.afterFailure(NOW, 6)).isEqualTo(NOW.plus(Duration.ofHours(4)));
      assertThat(planner.afterFailure(NOW, 1000)).isEqualTo(NOW.plus(Duration.ofHours(4)));
    }
  }

  @Nested
  class AfterRateLimit {

    @Test
    void waitsUntilRetryAfter() {
      Instant retryAt = NOW.plus(Duration.ofMinutes(7));
      assertThat(planner.afterRateLimit(NOW, retryAt, 1)).isEqualTo(retryAt);
    }

    @Test
    void capsRetryAfterAtMaxBackoff() {
      assertThat(planner.afterRateLimit(NOW, NOW.plus(Duration.ofDays(30)), 1))
          .isEqualTo(NOW.plus(Duration.ofHours(4)));
    }

    @Test
    void backsOffWithoutRetryAfter() {
      assertThat(planner.afterRateLimit(NOW, null, 3)).isEqualTo(NOW.plus(Duration.ofHours(1)));
    }
  }

  @Nested
  class Jitter {

    @Test
    void staysWithinTenPercent() {
      RefreshPlanner low =
          new RefreshPlanner(
              Duration.ofMinutes(15), Duration.ofHours(4), Duration.ofHours(4), () -> 0L);
      RefreshPlanner high =
          new RefreshPlanner(
              Duration.ofMinutes(15), Duration.ofHours(4), Duration.ofHours(4), () -> -1L);

      assertThat(low.afterFailure(NOW, 3)).isEqualTo(NOW.plus(Duration.ofMinutes(54)));
      assertThat(high.afterFailure(NOW, 3))
          .isBetween(NOW.plus(Duration.ofMinutes(65)), NOW.plus(Duration.ofMinutes(66)));
    }

    @Test
    void spreadsFeedsApart() {
      RefreshPlanner random = new RefreshPlanner();

      assertThat(
              IntStream.range(0, 50).mapToObj(i -> random.afterFailure(NOW, 1)).distinct().count())
          .isGreaterThan(1);
    }
  }
}
