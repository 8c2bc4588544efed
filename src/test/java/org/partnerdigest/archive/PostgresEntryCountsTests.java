package org.partnerdigest.archive;

import java.nio.file.Path;
import org.partnerdigest.RequiresPostgres;

/**
 * Every test of {@link EntryCountsTests} again on the tests' real PostgreSQL (skipped locally
 * without it, a failure in CI), each in a schema of its own.
 */
@RequiresPostgres
class PostgresEntryCountsTests extends EntryCountsTests {

  @Override
  ArchiveFixture openDatabase(Path dataDir) {
    return ArchiveFixture.postgres();
  }
}
