package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parvis.testsupport.ParvisDeployment;
import org.parvis.testsupport.TenantFixtures;
import org.parvis.testsupport.TenantHttp;
import org.parvis.testsupport.TestIdentities;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KeycloakTokensAreCheckedIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ParvisDeployment.builtWar();
  }

  @Test
  void aRealKeycloakTokenIdentifiesTheCaller() {
    var tenant = TenantFixtures.commune("jeton");
    var person = TestIdentities.person("camille-jeton");
    TenantFixtures.appoint(tenant, person, "STAFF");

    var me = tenant.http().as(person.token()).get("/api/me");

    assertEquals(200, me.status(), me::toString);
    assertEquals(person.subject(), me.json().getString("subject"));
    assertEquals(tenant.slug(), me.json().getString("tenant"));
    assertTrue(me.json().getJsonArray("roles").toString().contains("staff"), me::toString);
    assertFalse(me.json().getBoolean("operator"));
  }

  @Test
  void noTokenIsRefusedWith401() {
    var tenant = TenantFixtures.commune("sansjeton");
    var reply = tenant.http().get("/api/me");
    assertEquals(401, reply.status(), reply::toString);
    assertTrue(reply.isProblem());
    assertEquals(401, TenantHttp.on("localhost").get("/api/operator/tenants").status());
  }

  @Test
  void aForgedTokenIsRefusedWith401() {
    var tenant = TenantFixtures.commune("faux");
    var person = TestIdentities.person("faussaire");
    String[] parts = person.token().split("\\.");
    String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    String forgedPayload = payload.replace(person.subject(), TestIdentities.operator().subject());
    String forged = parts[0] + "."
        + Base64.getUrlEncoder().withoutPadding().encodeToString(forgedPayload.getBytes(StandardCharsets.UTF_8))
        + "." + parts[2];

    assertEquals(401, tenant.http().as(forged).get("/api/me").status());
    assertEquals(401, tenant.http().as("not-a-token").get("/api/me").status());
  }

  @Test
  void aTokenIssuedToAnotherClientOfTheRealmIsRefusedWith401() {
    var tenant = TenantFixtures.commune("autreclient");
    var person = TestIdentities.person("camille-autreclient");
    TenantFixtures.appoint(tenant, person, "STAFF");

    assertEquals(200, tenant.http().as(person.token()).get("/api/me").status());
    var reply = tenant.http().as(person.foreignToken()).get("/api/me");
    assertEquals(401, reply.status(), reply::toString);
  }

  @Test
  void anExpiredTokenIsRefusedWith401() throws InterruptedException {
    var tenant = TenantFixtures.commune("expire");
    var person = TestIdentities.person("ephemere");
    String token = person.shortLivedToken();
    Thread.sleep(2500);
    assertEquals(401, tenant.http().as(token).get("/api/me").status());
  }

  @Test
  void operatorApiNeedsTheOperatorRealmRole() {
    var citizen = TestIdentities.person("pas-operateur");
    var reply = TenantHttp.on("localhost").as(citizen.token()).get("/api/operator/tenants");
    assertEquals(403, reply.status(), reply::toString);
    assertTrue(reply.isProblem());
    assertEquals(200, TenantFixtures.operatorHttp().get("/api/operator/tenants").status());
  }

  @Test
  void operatorApiIsNotServedOnTenantHosts() {
    var tenant = TenantFixtures.commune("pasici");
    var reply = tenant.http().as(TestIdentities.operator().token()).get("/api/operator/tenants");
    assertEquals(404, reply.status(), reply::toString);
  }
}
