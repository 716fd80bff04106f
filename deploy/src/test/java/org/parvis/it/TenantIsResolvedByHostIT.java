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
import org.parvis.testsupport.TenantHttp;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TenantIsResolvedByHostIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ParvisDeployment.builtWar();
  }

  @Test
  void eachHostServesItsOwnTenant() {
    var grenoble = TenantFixtures.commune("grenoble");
    var lumiere = TenantFixtures.collective("lumiere");

    var first = grenoble.http().get("/api/tenant");
    var second = lumiere.http().get("/api/tenant");

    assertEquals(200, first.status(), first::toString);
    assertEquals(grenoble.slug(), first.json().getString("slug"));
    assertEquals("COMMUNE", first.json().getString("kind"));
    assertEquals(lumiere.slug(), second.json().getString("slug"));
    assertEquals("COLLECTIVE", second.json().getString("kind"));
  }

  @Test
  void hostNamesAreMatchedWithoutCaseOrPort() {
    var tenant = TenantFixtures.commune("casse");
    var reply = TenantHttp.on(tenant.host().toUpperCase()).get("/api/tenant");
    assertEquals(200, reply.status(), reply::toString);
    assertEquals(tenant.slug(), reply.json().getString("slug"));
  }

  @Test
  void anUnknownHostGetsA404PageForBrowsersAndAProblemForTheApi() {
    var page = TenantHttp.on("nowhere.localhost").getHtml("/");
    assertEquals(404, page.status());
    assertTrue(page.contentType().startsWith("text/html"), page::toString);
    assertTrue(page.body().contains("Portail introuvable"), page::toString);
    assertTrue(page.body().contains("nowhere.localhost"), page::toString);

    var api = TenantHttp.on("nowhere.localhost").get("/api/tenant");
    assertEquals(404, api.status());
    assertTrue(api.isProblem(), api::toString);
    assertEquals("urn:parvis:problem:unknown-host", api.json().getString("type"));
  }

  @Test
  void aSuspendedTenantAnswers503UntilReactivated() {
    var tenant = TenantFixtures.commune("suspendue");
    var operator = TenantFixtures.operatorHttp();

    var suspended = operator.put("/api/operator/tenants/" + tenant.slug() + "/suspension", null);
    assertEquals("SUSPENDED", suspended.json().getString("status"), suspended::toString);

    var page = tenant.http().getHtml("/");
    assertEquals(503, page.status());
    assertTrue(page.body().contains("Portail suspendu"), page::toString);
    var api = tenant.http().get("/api/tenant");
    assertEquals(503, api.status());
    assertEquals("urn:parvis:problem:tenant-suspended", api.json().getString("type"));

    operator.delete("/api/operator/tenants/" + tenant.slug() + "/suspension");
    assertEquals(200, tenant.http().get("/api/tenant").status());
  }

  @Test
  void anOperatorRenamesATenantAndMovesItToANewHost() {
    var tenant = TenantFixtures.commune("demenage");
    String newHost = "nouvelle-" + tenant.host();
    var updated = TenantFixtures.operatorHttp().put("/api/operator/tenants/" + tenant.slug(), """
        {"slug": "%s", "kind": "COMMUNE", "displayName": "Nouveau nom", "inseeCode": "38185",
         "hosts": ["%s"], "defaultLocale": "en",
         "branding": {"name": "Nouveau nom participe", "primaryColor": "#004488"}}
        """.formatted(tenant.slug(), newHost));
    assertEquals(200, updated.status(), updated::toString);
    assertEquals("Nouveau nom", updated.json().getString("displayName"));

    assertEquals(404, tenant.http().get("/api/tenant").status());
    var moved = TenantHttp.on(newHost).get("/api/tenant");
    assertEquals(200, moved.status(), moved::toString);
    assertEquals("en", moved.json().getString("locale"));
    assertEquals("Nouveau nom participe", moved.json().getJsonObject("branding").getString("name"));

    var kindChange = TenantFixtures.operatorHttp().put("/api/operator/tenants/" + tenant.slug(), """
        {"slug": "%s", "kind": "ASSEMBLY", "displayName": "x", "hosts": ["%s"]}
        """.formatted(tenant.slug(), newHost));
    assertEquals(400, kindChange.status(), kindChange::toString);
    assertEquals("COMMUNE", TenantFixtures.operatorHttp()
        .get("/api/operator/tenants/" + tenant.slug()).json().getString("kind"));
  }

  @Test
  void theOperatorListIsPagedWithinBounds() {
    TenantFixtures.commune("liste");
    var page = TenantFixtures.operatorHttp().get("/api/operator/tenants?offset=0&limit=1");
    assertEquals(200, page.status(), page::toString);
    assertEquals(1, page.jsonArray().size());
    assertEquals(400, TenantFixtures.operatorHttp().get("/api/operator/tenants?limit=100000").status());
    assertEquals(404, TenantFixtures.operatorHttp().get("/api/operator/tenants/no-such-tenant").status());
  }

  @Test
  void aHostCannotServeTwoTenants() {
    var tenant = TenantFixtures.commune("unique");
    var reply = TenantFixtures.operatorHttp().post("/api/operator/tenants", """
        {"slug": "%s-bis", "kind": "COLLECTIVE", "displayName": "Bis", "hosts": ["%s"]}
        """.formatted(tenant.slug(), tenant.host()));
    assertEquals(409, reply.status(), reply::toString);
    assertEquals("urn:parvis:problem:host-taken", reply.json().getString("type"));
  }

  @Test
  void anInvalidTenantIsRefusedWithTheFieldsNamed() {
    var reply = TenantFixtures.operatorHttp().post("/api/operator/tenants", """
        {"slug": "Not A Slug", "kind": "COMMUNE", "displayName": "", "hosts": []}
        """);
    assertEquals(400, reply.status(), reply::toString);
    assertTrue(reply.isProblem());
    var fields = reply.json().getJsonArray("errors").stream()
        .map(e -> e.asJsonObject().getString("field")).toList();
    assertTrue(fields.containsAll(java.util.List.of("slug", "displayName", "hosts")), fields::toString);

    var malformed = TenantFixtures.operatorHttp().post("/api/operator/tenants", "{not json");
    assertEquals(400, malformed.status(), malformed::toString);
    assertTrue(malformed.isProblem(), malformed::toString);
  }
}
