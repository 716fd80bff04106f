package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parvis.testsupport.IntegrationServices;
import org.parvis.testsupport.ParvisDeployment;
import org.parvis.testsupport.PortalBrowser;
import org.parvis.testsupport.TenantFixtures;
import org.parvis.testsupport.TestIdentities;

/**
 * A page on a sibling host could make a signed-in resident's browser call the API with the portal
 * session cookie: the API must answer as to a stranger, whatever the path looks like.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ThePortalSessionNeverDrivesTheApiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ParvisDeployment.builtWar();
  }

  @BeforeAll
  static void keycloakKnowsThePlatformHost() {
    IntegrationServices.keycloak().admin().allowPortalRedirect(
        "http://localhost:" + Integer.getInteger("parvis.it.http.port"));
  }

  @Test
  void aSignedInResidentsSessionCookieIsNoApiCredential() {
    var commune = TenantFixtures.commune("session-api");
    var resident = TestIdentities.person("resident-session-api");
    TenantFixtures.appoint(commune, resident, "CITIZEN");
    var browser = new PortalBrowser(commune.host());
    var home = browser.signIn(resident.username(), resident.password(), "/");
    assertEquals(200, home.status(), home.body());
    assertTrue(home.body().contains(resident.username()), "the portal session is signed in");

    var plain = browser.fetch("GET", "/api/me", "application/json");
    assertEquals(401, plain.status(), plain.body());
    assertTrue(plain.header("Content-Type").startsWith("application/problem+json"));

    var matrix = browser.fetch("GET", "/api;x=1/me", "application/json");
    assertEquals(400, matrix.status(), matrix.body());
    assertTrue(matrix.header("Content-Type").startsWith("application/problem+json"));
    assertTrue(matrix.body().contains("matrix"), matrix.body());

    for (String ambiguous : new String[] {"/%61pi/me", "/api%2Fme", "//api/me", "/api/me;jsessionid=x"}) {
      var reply = browser.fetch("GET", ambiguous, "application/json");
      assertEquals(400, reply.status(), ambiguous + " " + reply.body());
      assertTrue(reply.header("Content-Type").startsWith("application/problem+json"), ambiguous);
    }

    var withToken = commune.http().as(resident.token()).get("/api/me");
    assertEquals(200, withToken.status(), "the API itself works with a bearer token");
  }
}
