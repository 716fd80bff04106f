package org.parvis.core.multitenancy;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.parvis.core.migration.MigrationRunner;

/**
 * Refuses to start when the database role would bypass row-level security: a superuser or a
 * role with {@code BYPASSRLS} sees every tenant's rows, and some native queries rely on the
 * policies alone. Runs before the migrations; the deployment fails with the reason.
 */
@ApplicationScoped
public class DatabaseRoleGuard {

  @Resource(lookup = "java:jboss/datasources/ParvisDS")
  DataSource dataSource;

  void check(@Observes @Priority(MigrationRunner.PRIORITY - 50)
      @Initialized(ApplicationScoped.class) Object start) throws SQLException {
    try (var connection = dataSource.getConnection();
        var statement = connection.prepareStatement(
            "select current_user, rolsuper, rolbypassrls from pg_roles where rolname = current_user");
        var result = statement.executeQuery()) {
      if (!result.next()) {
        throw new IllegalStateException("The database role could not be read from pg_roles");
      }
      refusal(result.getString(1), result.getBoolean(2), result.getBoolean(3))
          .ifPresent(reason -> {
            throw new IllegalStateException(reason);
          });
    }
  }

  /** Why Parvis must not run as this role, if it must not. */
  static Optional<String> refusal(String role, boolean superuser, boolean bypassRls) {
    if (!superuser && !bypassRls) {
      return Optional.empty();
    }
    return Optional.of("Refusing to start: the database role '" + role + "' is "
        + (superuser ? "a superuser" : "BYPASSRLS")
        + ", so row-level security would not isolate tenants. Connect as a role with"
        + " NOSUPERUSER NOBYPASSRLS (PARVIS_DB_USER).");
  }
}
