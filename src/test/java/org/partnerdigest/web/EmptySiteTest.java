package org.partnerdigest.web;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a random port over a fresh data directory and a missing {@code
 * feeds.yml}, crawling nothing: for tests about pages and errors that need no entries.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class EmptySiteTest {

  @TempDir static Path data;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("partner-digest.data-dir", () -> data.toString());
    registry.add("partner-digest.feeds-file", () -> data.resolve("feeds.yml").toString());
    registry.add("partner-digest.crawl.scheduled", () -> "false");
    Editors.configure(registry);
  }

  @LocalServerPort int port;
  SiteClient site;

  @BeforeEach
  void client() {
    site = new SiteClient(port);
  }
}
