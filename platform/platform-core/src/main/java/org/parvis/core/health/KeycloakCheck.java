package org.parvis.core.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.parvis.core.PlatformConfig;

/**
 * Ready only while the identity provider answers: without it nobody can sign in. The answer is
 * remembered a few seconds so that a load balancer polling every node does not load Keycloak.
 */
@Readiness
@ApplicationScoped
public class KeycloakCheck implements HealthCheck {

  private final Reachability keycloak = new Reachability(discoveryUrl());

  @Override
  public HealthCheckResponse call() {
    Reachability.Probe probe = keycloak.probe();
    var response = HealthCheckResponse.named("keycloak").status(probe.up());
    return probe.detail().map(d -> response.withData("error", d)).orElse(response).build();
  }

  static String discoveryUrl() {
    return PlatformConfig.realmUrl() + "/.well-known/openid-configuration";
  }
}
