package org.parvis.core.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.parvis.core.residency.infrastructure.crypto.IdentityKeyGuard;
import org.parvis.core.residency.infrastructure.crypto.KeyStatus;

/**
 * Not ready while this node's identity key is not the one the instance's residency verifications were made with;
 * a missing key is reported but does not take the node out (votes of verified residents go on).
 */
@Readiness
@ApplicationScoped
public class IdentityKeyCheck implements HealthCheck {

  @Inject IdentityKeyGuard guard;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("identity-key");
    KeyStatus status;
    try {
      status = guard.recheck();
    } catch (SQLException e) {
      return response.down().withData("error", String.valueOf(e.getMessage())).build();
    }
    response
        .status(status == KeyStatus.MATCHES || status == KeyStatus.MISSING)
        .withData("key", status.name().toLowerCase(java.util.Locale.ROOT));
    guard.recordedPrefix().ifPresent(prefix -> response.withData("recorded-fingerprint", prefix));
    return response.build();
  }
}
