package org.partnerdigest.crawl;

import java.nio.file.Path;
import org.partnerdigest.RequiresPostgres;
import org.partnerdigest.archive.ArchiveFixture;

/**
 * Every test of {@link CrawlSchedulerTests} again on the tests' real PostgreSQL (skipped locally
 * without it, a failure in CI), each in a schema of its own.
 */
@RequiresPostgres
class PostgresCrawlSchedulerTests extends CrawlSchedulerTests {

  @Override
  ArchiveFixture openDatabase(Path dataDir) {
    return ArchiveFixture.postgres();
  }
}
