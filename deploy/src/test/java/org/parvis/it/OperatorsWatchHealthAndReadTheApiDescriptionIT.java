package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.io.File;
import java.util.TreeSet;
import java.util.stream.Collectors;
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
 * What a load balancer and an integrator read from a node: readiness with its four checks on the
 * management interface, and an OpenAPI document that parses and describes every API method.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperatorsWatchHealthAndReadTheApiDescriptionIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ParvisDeployment.builtWar();
  }

  @Test
  void aStartedNodeIsLiveAndReadyWithEachCheckNamed() throws Exception {
    var ready = management("/health/ready");
    assertEquals(200, ready.status(), ready::toString);
    assertEquals("UP", ready.json().getString("status"), ready::toString);
    var checks = ready.json().getJsonArray("checks").stream()
        .map(c -> c.asJsonObject().getString("name") + "=" + c.asJsonObject().getString("status"))
        .collect(Collectors.toCollection(TreeSet::new));
    assertTrue(checks.containsAll(java.util.List.of("database=UP", "migrations=UP", "keycloak=UP",
        "mail-backlog=UP", "identity-key=UP")), checks::toString);
    var mail = ready.json().getJsonArray("checks").stream().map(c -> c.asJsonObject())
        .filter(c -> c.getString("name").equals("mail-backlog")).findFirst().orElseThrow();
    assertTrue(mail.getJsonObject("data").containsKey("waiting"), mail::toString);

    var live = management("/health/live");
    assertEquals(200, live.status(), live::toString);
  }

  @Test
  void theApiDescriptionParsesAndListsEveryApiMethodWithItsErrorShape() throws Exception {
    var reply = TenantHttp.on("localhost").get("/openapi?format=JSON");
    assertEquals(200, reply.status(), reply::toString);
    java.nio.file.Files.writeString(java.nio.file.Path.of("target", "openapi.json"), reply.body());
    var parsed = new OpenAPIV3Parser().readContents(reply.body());
    assertTrue(parsed.getMessages() == null || parsed.getMessages().isEmpty(),
        () -> String.valueOf(parsed.getMessages()));
    var document = parsed.getOpenAPI();

    var described = new TreeSet<String>();
    document.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((verb, op) -> {
      described.add(verb.name() + " " + path);
      assertDescribed(verb + " " + path, op);
    }));
    var deployed = ApiResourceMethods.inWar(new File(System.getProperty("parvis.it.war")));
    assertTrue(deployed.size() > 100, () -> "resource methods found in the WAR: " + deployed);
    var missing = new TreeSet<>(deployed);
    missing.removeAll(described);
    assertTrue(missing.isEmpty(), () -> "not in /openapi: " + missing);
    var pages = described.stream().filter(d -> !d.split(" ")[1].startsWith("/api")).toList();
    assertTrue(pages.isEmpty(), () -> "portal pages described as API: " + pages);
    assertTrue(document.getComponents().getSchemas().containsKey("Problem"));
  }

  @Test
  void aNodeWhoseIdentityKeyIsNotTheInstancesIsNotReadyAndVerifiesNobody() throws Exception {
    assertEquals("matches", check(management("/health/ready"), "identity-key").getJsonObject("data")
        .getString("key"), "the key's fingerprint was recorded at the first start");
    var tenant = TenantFixtures.commune("cle-identite");
    var account = TestIdentities.person("admin-" + tenant.slug());
    TenantFixtures.appoint(tenant, account, "ADMIN");
    var admin = tenant.http().as(account.token());
    assertEquals(200, admin.put("/api/admin/residency", "{\"methods\": [\"CENSUS\"]}").status());
    assertEquals(200, admin.post("/api/admin/residency/census",
        "nom;prénoms;date de naissance\nLefèvre;Hélène Marie;1984-03-07\n", "text/csv").status());
    var helene = tenant.http().as(TestIdentities.person("helene-" + tenant.slug()).token());
    String census = "{\"lastName\": \"LEFEVRE\", \"firstNames\": \"helene marie\", \"birthDate\": \"1984-03-07\"}";

    String recorded = fingerprint(null);
    fingerprint("f".repeat(64)); // as if this node had been started with another key than the instance's
    try {
      var ready = management("/health/ready");
      assertEquals(503, ready.status(), ready::toString);
      var key = check(ready, "identity-key");
      assertEquals("DOWN", key.getString("status"), ready::toString);
      assertEquals("mismatch", key.getJsonObject("data").getString("key"), ready::toString);
      var refused = helene.post("/api/me/verification/census", census);
      assertEquals(503, refused.status(), refused::toString);
      assertEquals("urn:parvis:problem:identity-key-mismatch", refused.json().getString("type"), refused::toString);
      assertEquals(0, verifications(tenant.slug()), "no verification made under another key");
      var logged = jsonLogLines().filter(line -> line.getString("message", "").contains("identity-key-mismatch"))
          .reduce((first, second) -> second).orElseThrow(() -> new AssertionError("no JSON log line of the refusal"));
      assertEquals(tenant.slug(), logged.getJsonObject("mdc").getString("tenant"),
          () -> "the JSON log says whose request it was: " + logged);
    } finally {
      fingerprint(recorded);
    }
    assertEquals(200, management("/health/ready").status());
    var verified = helene.post("/api/me/verification/census", census);
    assertEquals(200, verified.status(), verified::toString);
  }

  /** The node's JSON log (server.json.log), one object a line. */
  private static java.util.stream.Stream<jakarta.json.JsonObject> jsonLogLines() throws java.io.IOException {
    var file = java.nio.file.Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.json.log");
    return java.nio.file.Files.readAllLines(file).stream().filter(line -> line.startsWith("{"))
        .map(line -> jakarta.json.Json.createReader(new java.io.StringReader(line)).readObject());
  }

  private static jakarta.json.JsonObject check(TenantHttp.Reply ready, String name) {
    return ready.json().getJsonArray("checks").stream().map(c -> c.asJsonObject())
        .filter(c -> c.getString("name").equals(name)).findFirst().orElseThrow(() -> new AssertionError(ready));
  }

  /** Reads the recorded fingerprint, then replaces it with {@code replacement} unless null. */
  private static String fingerprint(String replacement) throws Exception {
    try (var db = database()) {
      String before;
      try (var rows = db.createStatement().executeQuery("select fingerprint from parvis_instance_key")) {
        rows.next();
        before = rows.getString(1);
      }
      if (replacement != null) {
        try (var update = db.prepareStatement("update parvis_instance_key set fingerprint = ?")) {
          update.setString(1, replacement);
          update.executeUpdate();
        }
      }
      return before;
    }
  }

  private static long verifications(String slug) throws Exception {
    try (var db = database(); var count = db.prepareStatement("select count(*) from parvis_verified_identity v"
        + " join parvis_tenant t on t.id = v.tenant_id where t.slug = ?")) {
      count.setString(1, slug);
      try (var rows = count.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private static java.sql.Connection database() throws java.sql.SQLException {
    return java.sql.DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + System.getProperty("parvis.it.db.port")
        + "/parvis", "postgres", "");
  }

  /** The management interface: loopback, its own port, no tenant host. */
  private static TenantHttp.Reply management(String path) throws Exception {
    var uri = java.net.URI.create("http://127.0.0.1:" + System.getProperty("parvis.it.management.port")
        + path);
    var response = java.net.http.HttpClient.newHttpClient().send(
        java.net.http.HttpRequest.newBuilder(uri).GET().build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    return new TenantHttp.Reply(response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(""), response.body());
  }

  private static void assertDescribed(String name, Operation operation) {
    assertTrue(operation.getSummary() != null && !operation.getSummary().isBlank(), name);
    var refused = operation.getResponses().get("4XX");
    assertTrue(refused != null && refused.getContent().containsKey("application/problem+json"),
        () -> name + " has no problem+json 4XX response");
  }
}
