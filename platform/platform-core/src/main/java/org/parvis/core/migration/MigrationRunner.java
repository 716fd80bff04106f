package org.parvis.core.migration;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.parvis.core.module.application.ModuleRegistry;
import org.parvis.spi.module.ParvisModule;

/**
 * Brings the schema up to date at start-up: the platform's migrations first, then each installed
 * module's own set, each with its own history table so that modules version independently.
 */
@ApplicationScoped
public class MigrationRunner {

  public static final int PRIORITY = 100;
  private static final Logger LOG = Logger.getLogger(MigrationRunner.class.getName());

  @Resource(lookup = "java:jboss/datasources/ParvisDS")
  DataSource dataSource;

  @Inject ModuleRegistry modules;

  private final AtomicInteger schemasMigrated = new AtomicInteger();
  private volatile boolean complete;

  void migrate(@Observes @Priority(PRIORITY) @Initialized(ApplicationScoped.class) Object start) {
    migrate("platform", "db/migration/platform");
    for (ParvisModule module : modules.all()) {
      migrate(module.id(), module.migrationLocation());
    }
    complete = true;
  }

  /** Whether every schema (the platform's and each module's) was brought up to date. */
  public boolean complete() {
    return complete;
  }

  /** How many schemas were brought up to date so far on this start. */
  public int schemasMigrated() {
    return schemasMigrated.get();
  }

  private void migrate(String owner, String location) {
    var result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:" + location)
            .table("flyway_history_" + owner.replace('-', '_'))
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .load()
            .migrate();
    schemasMigrated.incrementAndGet();
    LOG.info(() -> "Migrations of " + owner + ": " + result.migrationsExecuted + " applied");
  }
}
