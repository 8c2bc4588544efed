package org.partnerdigest;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real PostgreSQL of the tests, named by {@code PARTNER_DIGEST_TEST_POSTGRES_URL} (with {@code
 * …_USER}, {@code …_PASSWORD}); {@code .ci/run} starts one. Without it a test is skipped, except in
 * CI ({@code CI=true}), where it fails. Every test takes its own schema, so test classes sharing
 * the one database in one build never see each other's rows.
 */
public final class TestPostgres {

  private TestPostgres() {}

  /** Skips a {@link RequiresPostgres} class without PostgreSQL, unless in CI. */
  static final class Configured implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      return System.getenv("PARTNER_DIGEST_TEST_POSTGRES_URL") != null
              || "true".equals(System.getenv("CI"))
          ? ConditionEvaluationResult.enabled("PostgreSQL configured (or CI)")
          : ConditionEvaluationResult.disabled(
              "no PostgreSQL: set PARTNER_DIGEST_TEST_POSTGRES_URL (see .ci/run)");
    }
  }

  /** Skips (locally) or fails (in CI) the calling test when no PostgreSQL is configured. */
  public static String url() {
    String url = System.getenv("PARTNER_DIGEST_TEST_POSTGRES_URL");
    if (url == null && "true".equals(System.getenv("CI"))) {
      throw new AssertionError("PARTNER_DIGEST_TEST_POSTGRES_URL is not set: .ci/run starts it");
    }
    assumeTrue(url != null, "no PostgreSQL: set PARTNER_DIGEST_TEST_POSTGRES_URL (see .ci/run)");
    return url;
  }

  public static String user() {
    return System.getenv().getOrDefault("PARTNER_DIGEST_TEST_POSTGRES_USER", "");
  }

  public static String password() {
    return System.getenv().getOrDefault("PARTNER_DIGEST_TEST_POSTGRES_PASSWORD", "");
  }

  /** Creates a new, empty schema named {@code prefix_<random>} and returns its name. */
  public static String newSchema(String prefix) {
    String schema = prefix + "_" + UUID.randomUUID().toString().replace("-", "");
    execute("CREATE SCHEMA " + schema);
    return schema;
  }

  public static void dropSchema(String schema) {
    execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
  }

  /** The JDBC URL whose connections work in {@code schema}, as the application's would. */
  public static String jdbcUrl(String schema) {
    String url = url();
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  /** A pool working in {@code schema}. */
  public static HikariDataSource dataSource(String schema) {
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(jdbcUrl(schema));
    dataSource.setUsername(user());
    dataSource.setPassword(password());
    dataSource.setMaximumPoolSize(4);
    return dataSource;
  }

  private static void execute(String sql) {
    try (Connection connection = DriverManager.getConnection(url(), user(), password());
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }
}
