package org.partnerdigest.archive;

import java.nio.file.Path;

/**
 * Every test of {@link JdbcEntryArchiveTests} again on the tests' real PostgreSQL (skipped locally
 * without it, a failure in CI), each in a schema of its own.
 */
class PostgresJdbcEntryArchiveTests extends JdbcEntryArchiveTests {

  @Override
  ArchiveFixture openDatabase(Path dataDir) {
    return ArchiveFixture.postgres();
  }
}
