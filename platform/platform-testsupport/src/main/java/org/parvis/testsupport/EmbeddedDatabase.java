package org.parvis.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server run from Maven artifacts, with the application role Parvis connects as.
 * That role is not a superuser and cannot bypass row-level security, exactly as in production.
 */
public final class EmbeddedDatabase implements AutoCloseable {

  public static final String DATABASE = "parvis";
  public static final String APP_ROLE = "parvis";

  private final EmbeddedPostgres postgres;
  private final int port;

  private EmbeddedDatabase(EmbeddedPostgres postgres, int port) {
    this.postgres = postgres;
    this.port = port;
  }

  /**
   * Starts PostgreSQL on {@code 127.0.0.1:port} with its data in {@code dataDirectory}.
   *
   * @param fresh whether to wipe the data first (tests) or keep it (demo run)
   */
  public static EmbeddedDatabase start(int port, Path dataDirectory, boolean fresh)
      throws IOException, SQLException {
    Ports.requireFree(port, "PostgreSQL");
    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setPort(port)
            .setDataDirectory(dataDirectory)
            .setCleanDataDirectory(fresh)
            .setServerConfig("listen_addresses", "127.0.0.1")
            .setServerConfig("max_connections", "200")
            .start();
    try (Connection admin = postgres.getPostgresDatabase().getConnection();
        Statement sql = admin.createStatement()) {
      if (!exists(sql, "select 1 from pg_roles where rolname = '" + APP_ROLE + "'")) {
        sql.execute(
            "create role " + APP_ROLE + " login nosuperuser nobypassrls nocreatedb nocreaterole");
      }
      if (!exists(sql, "select 1 from pg_database where datname = '" + DATABASE + "'")) {
        sql.execute("create database " + DATABASE + " owner " + APP_ROLE);
      }
    }
    return new EmbeddedDatabase(postgres, port);
  }

  private static boolean exists(Statement sql, String query) throws SQLException {
    try (var rows = sql.executeQuery(query)) {
      return rows.next();
    }
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
  }

  /**
   * A connection to the Parvis database as the PostgreSQL superuser, which row-level security does
   * not restrict: for tests that inspect what an intruder with database access would see.
   */
  public Connection superuserConnection() throws SQLException {
    return postgres.getDatabase("postgres", DATABASE).getConnection();
  }

  public int port() {
    return port;
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
