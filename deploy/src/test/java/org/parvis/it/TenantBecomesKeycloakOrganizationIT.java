package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parvis.testsupport.IntegrationServices;
import org.parvis.testsupport.ParvisDeployment;
import org.parvis.testsupport.TenantFixtures;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TenantBecomesKeycloakOrganizationIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ParvisDeployment.builtWar();
  }

  @Test
  void aNewTenantIsMirroredAsAKeycloakOrganization() throws InterruptedException {
    var tenant = TenantFixtures.collective("orga");

    JsonObject organization = awaitOrganization(tenant.slug(), Duration.ofSeconds(60));

    assertEquals(tenant.slug(), organization.getString("alias"));
    assertEquals("Tenant " + tenant.slug(), organization.getString("name"));
    assertTrue(organization.getBoolean("enabled"), organization::toString);
    assertTrue(organization.getJsonArray("domains").stream()
        .map(d -> ((JsonObject) d).get("name"))
        .map(n -> ((JsonString) n).getString())
        .anyMatch(tenant.host()::equals), organization::toString);
  }

  private static JsonObject awaitOrganization(String alias, Duration timeout)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      Optional<JsonObject> found = IntegrationServices.keycloak().admin().organization(alias);
      if (found.isPresent()) {
        return found.get();
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("No Keycloak organization '" + alias + "' after " + timeout);
      }
      Thread.sleep(500);
    }
  }
}
