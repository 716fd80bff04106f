package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
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

/**
 * Bad input is refused at the edge with a 4xx problem naming what is wrong, and changes nothing:
 * control characters, line breaks in one-line fields, bidirectional overrides, null list
 * elements, dates PostgreSQL cannot hold, oversized bodies, wrong media types, and a tenant spec
 * with an invalid module setting.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileInputIsRefusedAtTheEdgeIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ParvisDeployment.builtWar();
  }

  private record Collective(String slug, TenantHttp admin) {}

  private static Collective collectiveWithPages(String prefix, String modules) {
    var admin = TestIdentities.person("admin-" + prefix);
    String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    var created = TenantFixtures.operatorHttp().post("/api/operator/tenants", """
        {"slug": "%s", "kind": "COLLECTIVE", "displayName": "Tenant %s", "hosts": ["%s.localhost"],
         "defaultLocale": "fr", "modules": %s, "members": {"%s": ["ADMIN"]}}
        """.formatted(slug, slug, slug, modules, admin.subject()));
    assertEquals(201, created.status(), created::toString);
    return new Collective(slug, TenantHttp.on(slug + ".localhost").as(admin.token()));
  }

  private static void assertRefused(int status, String field, TenantHttp.Reply reply) {
    assertEquals(status, reply.status(), reply::toString);
    assertTrue(reply.isProblem(), reply::toString);
    if (field != null) {
      assertTrue(reply.body().contains("\"field\":\"" + field + "\""), reply::toString);
    }
  }

  @Test
  void controlCharactersLineBreaksAndBidiOverridesAreRefusedAndNothingIsSaved() {
    var tenant = collectiveWithPages("controle", "{\"pages\": {}}");
    assertRefused(400, "title", tenant.admin().put("/api/pages/nul",
        "{\"title\": \"Charte\\u0000\", \"body\": \"x\", \"published\": true}"));
    assertRefused(400, "body", tenant.admin().put("/api/pages/esc",
        "{\"title\": \"Charte\", \"body\": \"\\u001b[2J\", \"published\": true}"));
    assertRefused(400, "title", tenant.admin().put("/api/pages/crlf",
        "{\"title\": \"Charte\\r\\nBcc: x@example.org\", \"body\": \"x\", \"published\": true}"));
    assertRefused(400, "title", tenant.admin().put("/api/pages/bidi",
        "{\"title\": \"Rapport \\u202Efdp.exe\", \"body\": \"x\", \"published\": true}"));
    for (String slug : new String[] {"nul", "esc", "crlf", "bidi"}) {
      assertEquals(404, tenant.admin().get("/api/pages/" + slug).status(), slug);
    }

    var multiLine = tenant.admin().put("/api/pages/ok",
        "{\"title\": \"Charte\", \"body\": \"ligne un\\r\\nligne deux\\tfin\", \"published\": true}");
    assertEquals(200, multiLine.status(), multiLine::toString);
  }

  @Test
  void aNullListElementIsNamed() {
    var tenant = TenantFixtures.collective("nulle");
    var person = TestIdentities.person("membre-nulle");
    assertRefused(400, "roles[0]", TenantFixtures.operatorHttp().put(
        "/api/operator/tenants/" + tenant.slug() + "/members/" + person.subject(),
        "{\"roles\": [null]}"));
  }

  @Test
  void aDateOutsideYearsOneTo9999IsNamed() {
    var tenant = TenantFixtures.commune("an-zero");
    var person = TestIdentities.person("habitant-an-zero");
    assertRefused(400, "birthDate", tenant.http().as(person.token()).post(
        "/api/me/verification/census",
        "{\"lastName\": \"Citoyenne\", \"firstNames\": \"Camille\", \"birthDate\": \"0000-05-12\"}"));
  }

  @Test
  void aBodyOverTenMegabytesIsA413Problem() {
    var tenant = collectiveWithPages("lourd", "{\"pages\": {}}");
    String huge = "{\"title\": \"Lourd\", \"body\": \"" + "x".repeat(11 * 1024 * 1024)
        + "\", \"published\": true}";
    assertRefused(413, null, tenant.admin().put("/api/pages/lourd", huge));
    assertEquals(404, tenant.admin().get("/api/pages/lourd").status());
  }

  @Test
  void aWrongMediaTypeIsA415ProblemNamingWhatIsAccepted() {
    var tenant = collectiveWithPages("media", "{\"pages\": {}}");
    var reply = tenant.admin().send("PUT", "/api/pages/media", "title=x", "text/plain",
        "application/json");
    assertRefused(415, null, reply);
    assertTrue(reply.json().getJsonArray("accepted").toString().contains("application/json"),
        reply::toString);
  }

  @Test
  void aTenantSpecWithAnInvalidModuleSettingCreatesNoTenant() {
    var admin = TestIdentities.person("admin-reglage");
    String slug = "reglage-" + UUID.randomUUID().toString().substring(0, 8);
    var refused = TenantFixtures.operatorHttp().post("/api/operator/tenants", """
        {"slug": "%s", "kind": "COLLECTIVE", "displayName": "Réglage", "hosts": ["%s.localhost"],
         "defaultLocale": "fr", "members": {"%s": ["ADMIN"]},
         "modules": {"worksites": {"organizerEmail": "mairie@example.org\\r\\nBcc: x@example.org"}}}
        """.formatted(slug, slug, admin.subject()));
    assertRefused(400, "organizerEmail", refused);
    assertEquals(404, TenantFixtures.operatorHttp().get("/api/operator/tenants/" + slug).status());

    var unknownSetting = TenantFixtures.operatorHttp().post("/api/operator/tenants", """
        {"slug": "%s", "kind": "COLLECTIVE", "displayName": "Réglage", "hosts": ["%s.localhost"],
         "defaultLocale": "fr", "modules": {"pages": {"maxPages": "beaucoup"}}}
        """.formatted(slug, slug));
    assertRefused(400, "maxPages", unknownSetting);
    assertEquals(404, TenantFixtures.operatorHttp().get("/api/operator/tenants/" + slug).status());
  }

  @Test
  void clientErrorsLeaveNoErrorAndNoStackTraceInTheServerLog() throws Exception {
    java.nio.file.Path log = java.nio.file.Path.of(System.getProperty("jboss.home", "target/server"),
        "standalone", "log", "server.log");
    long before = java.nio.file.Files.size(log);
    var tenant = collectiveWithPages("journal", "{\"pages\": {}}");
    assertRefused(400, null, tenant.admin().put("/api/pages/journal", "{\"title\": "));
    assertRefused(400, null, tenant.admin().put("/api/pages/journal",
        "{\"title\": {\"not\": \"a string\"}, \"body\": \"x\", \"published\": true}"));
    assertRefused(401, null, TenantHttp.on(tenant.slug() + ".localhost").get("/api/me"));
    assertRefused(403, null, TenantHttp.on(tenant.slug() + ".localhost")
        .as(TestIdentities.person("passant-journal").token())
        .put("/api/pages/journal", "{\"title\": \"x\", \"body\": \"x\", \"published\": true}"));

    Thread.sleep(500);
    String written;
    try (var in = java.nio.file.Files.newInputStream(log)) {
      in.skipNBytes(before);
      written = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    assertTrue(written.lines().noneMatch(line -> line.contains(" ERROR ") || line.startsWith("\tat ")),
        written);
  }
}
