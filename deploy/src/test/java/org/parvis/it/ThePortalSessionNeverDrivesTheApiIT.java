package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.parvis.testsupport.TenantHttp;
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

  @Test
  void everyResponseCarriesTheSecurityHeaders() {
    var commune = TenantFixtures.commune("entetes");
    var browser = new PortalBrowser(commune.host());
    for (String path : new String[] {"/", "/api/tenant", "/nowhere", "/api;x=1/me"}) {
      var reply = browser.fetch("GET", path, "text/html");
      String csp = reply.header("Content-Security-Policy");
      assertTrue(csp != null && csp.contains("default-src 'self'")
          && csp.contains("frame-ancestors 'none'") && !csp.contains("script-src 'unsafe-inline'")
          && !csp.matches(".*script-src[^;]*unsafe-inline.*"), path + ": " + csp);
      assertEquals("nosniff", reply.header("X-Content-Type-Options"), path);
      assertEquals("same-origin", reply.header("Referrer-Policy"), path);
      assertNull(reply.header("Strict-Transport-Security"), "no HSTS over plain http");
    }
  }

  @Test
  void aHostWithAnythingButAPortAfterItServesNoTenant() {
    var commune = TenantFixtures.commune("hote-strict");
    assertEquals(200, TenantHttp.on(commune.host()).get("/api/tenant").status());
    var trailing = TenantHttp.on(commune.host() + ":1/x").get("/api/tenant");
    assertNotEquals(200, trailing.status(), trailing::toString);
  }

  @Test
  void anIpAddressIsNeverATenantHost() {
    var reply = TenantFixtures.operatorHttp().post("/api/operator/tenants", """
        {"slug": "ip-literal", "kind": "COLLECTIVE", "displayName": "IP",
         "hosts": ["10.1.2.3"], "defaultLocale": "fr"}
        """);
    assertEquals(400, reply.status(), reply::toString);
    assertTrue(reply.isProblem());
    assertEquals(404, TenantFixtures.operatorHttp().get("/api/operator/tenants/ip-literal").status());
  }
}
