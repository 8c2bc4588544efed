package org.partnerdigest.archive;

import java.nio.file.Path;
import org.partnerdigest.RequiresPostgres;

/**
 * Every test of {@link EntryStoreTests} again on the tests' real PostgreSQL (skipped locally
 * without it, a failure in CI), each in a schema of its own.
 */
@RequiresPostgres
class PostgresEntryStoreTests extends EntryStoreTests {

  @Override
  ArchiveFixture openDatabase(Path dataDir) {
    return ArchiveFixture.postgres();
  }

  /** Not a test here: the data directory and WAL are SQLite's. */
  @Override
  void createsTheDataDirectoryAndUsesWal() {}
}
