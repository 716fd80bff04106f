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
import org.parvis.testsupport.TenantHttp;

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
        "mail-backlog=UP")), checks::toString);
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
