package org.partnerdigest.archive;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Prepares the embedded SQLite database before its first connection: creates the data directory
 * (SQLite creates the file, not its folder) and sets the pragmas every connection needs. WAL lets
 * readers run beside the one writer; {@code transaction_mode=IMMEDIATE} takes the write lock at
 * {@code BEGIN}, so a second writer waits in {@code busy_timeout} instead of failing with
 * SQLITE_BUSY when it upgrades a read. PostgreSQL URLs pass through untouched.
 */
@Component
class SqliteDataSourcePreparer implements BeanPostProcessor {

  private static final String PREFIX = "jdbc:sqlite:";

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof HikariDataSource hikari
        && hikari.getJdbcUrl() != null
        && hikari.getJdbcUrl().startsWith(PREFIX)) {
      createFolderOf(hikari.getJdbcUrl());
      hikari.addDataSourceProperty("journal_mode", "WAL");
      hikari.addDataSourceProperty("synchronous", "NORMAL");
      hikari.addDataSourceProperty("foreign_keys", "true");
      hikari.addDataSourceProperty("busy_timeout", "10000");
      hikari.addDataSourceProperty("transaction_mode", "IMMEDIATE");
    }
    return bean;
  }

  static void createFolderOf(String jdbcUrl) {
    String file = jdbcUrl.substring(PREFIX.length());
    int query = file.indexOf('?');
    if (query >= 0) {
      file = file.substring(0, query);
    }
    if (file.isEmpty() || file.equals(":memory:") || file.startsWith("file:")) {
      return;
    }
    Path parent = Path.of(file).toAbsolutePath().getParent();
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the data directory " + parent, e);
    }
  }
}
