package org.partnerdigest.crawl;

import java.time.InstantSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The shared {@link FeedFetcher} and {@link RefreshPlanner}, built from {@link CrawlProperties}.
 */
@Configuration(proxyBeanMethods = false)
class FetchConfiguration {

  @Bean
  FeedFetcher feedFetcher(
      CrawlProperties properties, Environment environment, ObjectProvider<InstantSource> clock) {
    String publicUrl =
        environment.getProperty("partner-digest.public-url", "http://localhost:8080");
    return new FeedFetcher(
        FetchSettings.from(properties),
        FeedFetcher.userAgent(publicUrl),
        clock.getIfAvailable(InstantSource::system));
  }

  @Bean
  RefreshPlanner refreshPlanner(CrawlProperties properties) {
    return new RefreshPlanner(properties);
  }
}
