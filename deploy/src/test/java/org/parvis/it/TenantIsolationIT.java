package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parvis.testsupport.ParvisDeployment;
import org.parvis.testsupport.TenantFixtures;
import org.parvis.testsupport.TestIdentities;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TenantIsolationIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ParvisDeployment.builtWar();
  }

  @Test
  void anAdminOfTenantAHasNoPowerInTenantB() {
    var a = TenantFixtures.commune("tenant-a");
    var b = TenantFixtures.commune("tenant-b");
    var adminA = TestIdentities.person("admin-de-a");
    var adminB = TestIdentities.person("admin-de-b");
    TenantFixtures.appoint(a, adminA, "ADMIN");
    TenantFixtures.appoint(b, adminB, "ADMIN");
    b.http().as(adminB.token()).put("/api/admin/modules/pages/enabled", "{}");
    b.http().as(adminB.token()).put("/api/pages/secret",
        "{\"title\": \"Brouillon de B\", \"body\": \"interne\", \"published\": false}");

    var asAInB = b.http().as(adminA.token());
    for (String path : new String[] {"/api/admin/modules", "/api/admin/modules/pages",
        "/api/admin/members"}) {
      assertEquals(403, asAInB.get(path).status(), path);
    }
    assertEquals(403, asAInB.put("/api/admin/modules/pages/enabled", "{}").status());
    assertEquals(403, asAInB.delete("/api/admin/modules/pages/enabled").status());
    assertEquals(403, asAInB.put("/api/admin/members/" + adminA.subject(), "{\"roles\": [\"ADMIN\"]}").status());
    assertEquals(403, asAInB.put("/api/pages/secret",
        "{\"title\": \"pirate\", \"body\": \"x\", \"published\": true}").status());
    assertEquals(403, asAInB.delete("/api/pages/secret").status());
    assertEquals(404, asAInB.get("/api/pages/secret").status());

    var members = b.http().as(adminB.token()).get("/api/admin/members");
    assertTrue(members.body().contains(adminB.subject()), members::toString);
    assertTrue(!members.body().contains(adminA.subject()), members::toString);
  }

  @Test
  void pagesOfOneTenantNeverShowInAnother() {
    var a = TenantFixtures.commune("pages-a");
    var b = TenantFixtures.commune("pages-b");
    var adminA = TestIdentities.person("redac-a");
    var adminB = TestIdentities.person("redac-b");
    TenantFixtures.appoint(a, adminA, "ADMIN");
    TenantFixtures.appoint(b, adminB, "ADMIN");
    a.http().as(adminA.token()).put("/api/admin/modules/pages/enabled", "{}");
    b.http().as(adminB.token()).put("/api/admin/modules/pages/enabled", "{}");

    a.http().as(adminA.token()).put("/api/pages/accueil",
        "{\"title\": \"Accueil A\", \"body\": \"a\", \"published\": true}");

    assertEquals(200, a.http().get("/api/pages/accueil").status());
    assertEquals(404, b.http().get("/api/pages/accueil").status());
    assertEquals("[]", b.http().get("/api/pages").body().replace(" ", ""));
  }
}
