package org.partnerdigest.archive;

import java.time.Clock;
import java.time.InstantSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The crawl module's shared infrastructure beans. */
@Configuration(proxyBeanMethods = false)
class ArchiveConfiguration {

  /** Wall-clock time for schedules and timestamps; tests replace it with a fixed source. */
  @Bean
  @ConditionalOnMissingBean(InstantSource.class)
  InstantSource crawlClock() {
    return Clock.systemUTC();
  }
}
