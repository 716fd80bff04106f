package org.parvis.core.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.parvis.core.migration.MigrationRunner;

/** Ready only once the platform's and every module's migrations ran on this start. */
@Readiness
@ApplicationScoped
public class MigrationsCheck implements HealthCheck {

  @Inject MigrationRunner migrations;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("migrations")
        .status(migrations.complete())
        .withData("schemas", migrations.schemasMigrated())
        .build();
  }
}
