package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parvis.testsupport.ParvisDeployment;
import org.parvis.testsupport.TenantHttp;
import org.parvis.testsupport.TestIdentities;

/**
 * The demo tenants of {@code tenants/} (loaded at start-up, as {@code deploy/bin/start} does) come
 * up with their modules on, and a newcomer can verify as the demo census' resident and take part.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DemoTenantsAreReadyToUseIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ParvisDeployment.builtWar();
  }

  @Test
  void grenobleOffersItsModulesAndVerifiesItsDemoResident() {
    var grenoble = TenantHttp.on("grenoble.localhost");
    var tenant = grenoble.get("/api/tenant");
    assertEquals(200, tenant.status(), tenant::toString);
    var home = grenoble.getHtml("/");
    for (String path : Set.of("/budget", "/petitions", "/votations", "/worksites", "/council/members",
        "/consultations")) {
      assertTrue(home.body().contains("href=\"" + path + "\""), path + " in " + home.body());
    }
    var lumiere = TenantHttp.on("lumiere.localhost").getHtml("/");
    assertEquals(200, lumiere.status());
    assertTrue(lumiere.body().contains("href=\"/consent\""), "the circles from Lumière's home: " + lumiere.body());

    var newcomer = grenoble.as(TestIdentities.person("nouvelle-grenobloise").token());
    var methods = newcomer.get("/api/me/verification").json().getJsonArray("methods").stream()
        .map(Object::toString).collect(Collectors.toSet());
    assertEquals(Set.of("\"CENSUS\"", "\"STAFF_APPROVAL\""), methods);
    var verified = newcomer.post("/api/me/verification/census",
        "{\"lastName\": \"Martin\", \"firstNames\": \"Lucas\", \"birthDate\": \"1985-11-02\"}");
    assertEquals(200, verified.status(), verified::toString);
    assertTrue(verified.json().getBoolean("verified"));
  }
}
