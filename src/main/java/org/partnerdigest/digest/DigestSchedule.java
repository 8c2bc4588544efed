package org.partnerdigest.digest;

import java.time.Duration;
import java.time.InstantSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Cuts an edition {@code settle} after every firing of {@code partner-digest.digest.cron} in its
 * zone (see {@link EditionSchedule}), purges unconfirmed addresses hourly, and at start-up cuts the
 * latest edition if the application was down when it was due (its window reaches back to the
 * previous edition, so nothing is missed). Off with {@code partner-digest.digest.scheduled=false}.
 */
@Component
@ConditionalOnBooleanProperty(name = "partner-digest.digest.scheduled", matchIfMissing = true)
class DigestSchedule implements SchedulingConfigurer {

  private static final Duration PURGE_EVERY = Duration.ofHours(1);

  private final Editions editions;
  private final Subscriptions subscriptions;
  private final EditionSchedule schedule;
  private final DigestProperties properties;
  private final InstantSource clock;

  DigestSchedule(
      Editions editions,
      Subscriptions subscriptions,
      EditionSchedule schedule,
      DigestProperties properties,
      InstantSource clock) {
    this.editions = editions;
    this.subscriptions = subscriptions;
    this.schedule = schedule;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar tasks) {
    tasks.addTriggerTask(
        editions::sendNow,
        context ->
            schedule
                .nextCutAfter(
                    context.lastCompletion() != null
                        ? context.lastCompletion()
                        : context.getClock().instant())
                .orElse(null));
    tasks.addFixedDelayTask(
        () -> subscriptions.purgeUnconfirmed(properties.digest().confirmExpiry()), PURGE_EVERY);
  }

  /** A cut-off missed while the application was down (only once there was a first edition). */
  @EventListener(ApplicationReadyEvent.class)
  void catchUp() {
    if (editions.any()) {
      schedule
          .settledAt(clock.instant())
          .filter(cutoff -> !editions.exists(cutoff))
          .ifPresent(editions::publish);
    }
  }
}
