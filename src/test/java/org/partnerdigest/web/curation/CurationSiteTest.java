package org.partnerdigest.web.curation;

import org.junit.jupiter.api.BeforeEach;
import org.partnerdigest.web.Editors;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the editors' workspace tests: the whole application on a random port over a real SQLite
 * file, crawling the {@link CurationFeeds} on its schedule, with a commented feeds.yml that the
 * tests edit through the pages, signed in as an editor ({@link FormClient}). Tests use keys of
 * their own, so they do not depend on order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class CurationSiteTest {

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    CurationFeeds feeds = CurationFeeds.get();
    registry.add("partner-digest.data-dir", () -> feeds.dataDir.toString());
    registry.add("partner-digest.feeds-file", () -> feeds.feedsFile.toString());
    registry.add("partner-digest.crawl.allowed-hosts", () -> "127.0.0.1");
    registry.add("partner-digest.crawl.scheduled", () -> "true");
    registry.add("partner-digest.crawl.fetch-jitter", () -> "0s");
    registry.add("partner-digest.samples.enabled", () -> "false");
    Editors.configure(registry); // editor accounts; public rate limits off
  }

  @LocalServerPort int port;
  FormClient client;
  CurationFeeds feeds = CurationFeeds.get();

  @BeforeEach
  void client() {
    client = new FormClient(port);
  }
}
