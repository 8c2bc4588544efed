package org.partnerdigest.search;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Writes the {@link QueryLog}'s tally every {@code flush-interval} and at shutdown, and purges old
 * days every six hours. A failed write is logged and the searches in it are lost: the insights must
 * never get in the way of searching.
 */
@Component
class QueryLogWriter implements SchedulingConfigurer {

  private static final Logger log = LoggerFactory.getLogger(QueryLogWriter.class);
  private static final Duration PURGE_EVERY = Duration.ofHours(6);

  private final QueryLog queryLog;

  QueryLogWriter(QueryLog queryLog) {
    this.queryLog = queryLog;
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar tasks) {
    tasks.addFixedDelayTask(this::flush, queryLog.flushInterval());
    tasks.addFixedDelayTask(new FixedDelayTask(this::purge, PURGE_EVERY, Duration.ofMinutes(1)));
  }

  @PreDestroy
  void flush() {
    try {
      queryLog.flush();
    } catch (RuntimeException e) {
      log.warn("query log: could not write recorded searches: {}", e.getMessage());
    }
  }

  void purge() {
    try {
      int purged = queryLog.purge();
      if (purged > 0) {
        log.info("query log: {} old rows purged", purged);
      }
    } catch (RuntimeException e) {
      log.warn("query log: could not purge old rows: {}", e.getMessage());
    }
  }
}
