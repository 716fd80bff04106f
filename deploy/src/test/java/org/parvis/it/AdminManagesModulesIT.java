package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parvis.testsupport.ParvisDeployment;
import org.parvis.testsupport.TenantFixtures;
import org.parvis.testsupport.TenantFixtures.CreatedTenant;
import org.parvis.testsupport.TenantHttp;
import org.parvis.testsupport.TestIdentities;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminManagesModulesIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ParvisDeployment.builtWar();
  }

  private static TenantHttp adminOf(CreatedTenant tenant, String name) {
    var admin = TestIdentities.person(name);
    TenantFixtures.appoint(tenant, admin, "ADMIN");
    return tenant.http().as(admin.token());
  }

  @Test
  void enablingAModuleShowsItInThatTenantOnly() {
    var commune = TenantFixtures.commune("modules");
    var other = TenantFixtures.commune("voisine");
    var admin = adminOf(commune, "admin-modules");

    assertEquals(404, commune.http().get("/api/pages").status());

    var enabled = admin.put("/api/admin/modules/pages/enabled", "{\"maxPages\": \"5\"}");
    assertEquals(200, enabled.status(), enabled::toString);
    assertTrue(enabled.json().getBoolean("enabled"));
    assertEquals("5", enabled.json().getJsonObject("settings").getString("maxPages"));

    assertEquals(200, commune.http().get("/api/pages").status());
    var modules = commune.http().get("/api/tenant").json().getJsonArray("modules");
    assertEquals("pages", modules.getJsonObject(0).getString("id"));
    assertEquals(404, other.http().get("/api/pages").status());
    assertTrue(other.http().get("/api/tenant").json().getJsonArray("modules").isEmpty());

    var disabled = admin.delete("/api/admin/modules/pages/enabled");
    assertFalse(disabled.json().getBoolean("enabled"), disabled::toString);
    var gone = commune.http().get("/api/pages");
    assertEquals(404, gone.status());
    assertTrue(gone.isProblem());
  }

  @Test
  void badSettingsAreRefusedNamingTheFieldAndChangeNothing() {
    var commune = TenantFixtures.commune("reglages");
    var admin = adminOf(commune, "admin-reglages");
    admin.put("/api/admin/modules/pages/enabled", "{}");

    var tooMany = admin.put("/api/admin/modules/pages/settings", "{\"maxPages\": \"1000\"}");
    assertEquals(400, tooMany.status(), tooMany::toString);
    assertTrue(tooMany.isProblem());
    assertEquals("urn:parvis:problem:invalid-setting", tooMany.json().getString("type"));
    assertEquals("maxPages",
        tooMany.json().getJsonArray("errors").getJsonObject(0).getString("field"));

    var unknown = admin.put("/api/admin/modules/pages/settings", "{\"colour\": \"red\"}");
    assertEquals(400, unknown.status());
    assertEquals("colour", unknown.json().getJsonArray("errors").getJsonObject(0).getString("field"));

    var state = admin.get("/api/admin/modules/pages");
    assertEquals("20", state.json().getJsonObject("settings").getString("maxPages"), state::toString);
  }

  @Test
  void enablingAnUnknownModuleFailsLoudly() {
    var commune = TenantFixtures.commune("inconnu");
    var admin = adminOf(commune, "admin-inconnu");
    var reply = admin.put("/api/admin/modules/teleportation/enabled", "{}");
    assertEquals(404, reply.status(), reply::toString);
    assertEquals("urn:parvis:problem:unknown-module", reply.json().getString("type"));
    assertTrue(reply.json().getString("detail").contains("teleportation"));
  }

  @Test
  void aModuleCanRefuseToBeDisabled() {
    var commune = TenantFixtures.commune("charte");
    var admin = adminOf(commune, "admin-charte");
    admin.put("/api/admin/modules/pages/enabled", "{\"charterPage\": \"charte\"}");
    var page = admin.put("/api/pages/charte",
        "{\"title\": \"Charte de la participation\", \"body\": \"Nous nous engageons…\", \"published\": true}");
    assertEquals(200, page.status(), page::toString);

    var refused = admin.delete("/api/admin/modules/pages/enabled");
    assertEquals(409, refused.status(), refused::toString);
    assertEquals("urn:parvis:problem:disable-refused", refused.json().getString("type"));
    assertTrue(refused.json().getString("detail").contains("charte"));
    assertEquals(200, commune.http().get("/api/pages/charte").status());

    admin.put("/api/admin/modules/pages/settings", "{\"charterPage\": \"\"}");
    assertEquals(200, admin.delete("/api/admin/modules/pages/enabled").status());
    assertEquals(404, commune.http().get("/api/pages/charte").status());
  }

  @Test
  void aCitizenCannotManageModules() {
    var commune = TenantFixtures.commune("citoyens");
    var citizen = TestIdentities.person("citoyen-modules");
    TenantFixtures.appoint(commune, citizen, "CITIZEN");
    var reply = commune.http().as(citizen.token()).put("/api/admin/modules/pages/enabled", "{}");
    assertEquals(403, reply.status(), reply::toString);
    assertTrue(reply.isProblem());
  }
}
