package org.partnerdigest.digest;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.partnerdigest.RequiresPostgres;
import org.partnerdigest.TestPostgres;
import org.partnerdigest.archive.ArchiveFixture;

/**
 * {@link SenderCrashTests} again with the application's database on the tests' real PostgreSQL
 * (skipped locally without it, a failure in CI), in a schema of its own.
 */
@RequiresPostgres
class PostgresSenderCrashTests extends SenderCrashTests {

  String schema;

  @BeforeEach
  void createTheSchema() {
    schema = TestPostgres.newSchema("sender");
  }

  @AfterEach
  void dropTheSchema() {
    if (schema != null) {
      TestPostgres.dropSchema(schema);
    }
  }

  @Override
  ArchiveFixture openDatabase(Path dataDir) {
    return new ArchiveFixture(TestPostgres.dataSource(schema), schema);
  }

  @Override
  List<String> databaseArguments() {
    return List.of(
        "--spring.datasource.url=" + TestPostgres.jdbcUrl(schema),
        "--spring.datasource.username=" + TestPostgres.user(),
        "--spring.datasource.password=" + TestPostgres.password());
  }

  @Override
  Connection connect() throws SQLException {
    return DriverManager.getConnection(
        TestPostgres.jdbcUrl(schema), TestPostgres.user(), TestPostgres.password());
  }
}
