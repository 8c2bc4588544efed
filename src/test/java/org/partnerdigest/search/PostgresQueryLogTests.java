package org.partnerdigest.search;

import java.nio.file.Path;
import org.partnerdigest.RequiresPostgres;
import org.partnerdigest.archive.ArchiveFixture;

/**
 * Every test of {@link QueryLogTests} again on the tests' real PostgreSQL (skipped locally without
 * it, a failure in CI), each in a schema of its own.
 */
@RequiresPostgres
class PostgresQueryLogTests extends QueryLogTests {

  @Override
  ArchiveFixture openDatabase(Path dataDir) {
    return ArchiveFixture.postgres();
  }
}
