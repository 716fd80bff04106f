package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parvis.testsupport.IntegrationServices;
import org.parvis.testsupport.Mailbox;
import org.parvis.testsupport.ParvisDeployment;
import org.parvis.testsupport.PortalBrowser;
import org.parvis.testsupport.TenantFixtures;
import org.parvis.testsupport.TenantHttp;
import org.parvis.testsupport.TestIdentities;

/**
 * The operator creates a commune from the console's pages alone: each refusal (a host that is not a DNS name, an
 * IP address, the platform's own host, a slug or host already taken, a colour white text is unreadable on, an
 * unknown INSEE code) is a message on the page with what was typed, and nothing is created (checked through the
 * API); then the commune is looked up by its INSEE code (official name, department, intercommunality), created,
 * and its host serves its home page. A creation that fails half-way through leaves nothing behind either.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperatorCreatesACommuneInThePortalIT {

  private static final String NEW = "/operator/tenants/new?kind=commune";

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
  void theOperatorCreatesACommuneFromPagesAfterItsRefusals() {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String slug = "smh-" + tag;
    String host = "smh-" + tag + ".localhost";
    var taken = TenantFixtures.commune("pris");

    var browser = new PortalBrowser("localhost");
    var operator = TestIdentities.operator();
    var console = browser.signIn(operator.username(), operator.password(), "/operator");
    assertEquals(200, console.status(), console.body());
    assertTrue(console.body().contains("href=\"/operator/tenants/new\""), "the console links the wizard");

    var kinds = browser.open("/operator/tenants/new");
    assertEquals(200, kinds.status(), kinds.body());
    assertTrue(kinds.body().contains("value=\"commune\""), kinds.body());
    var form = browser.open(NEW);
    assertEquals(200, form.status(), form.body());
    assertTrue(form.body().contains("name=\"module.petitions\" value=\"on\" aria-describedby=\"module.petitions-hint\""
        + " checked"), "a commune's modules are ticked: " + form.body());
    String csrf = form.csrf();

    Map<String, String> typed = new HashMap<>(Map.of("csrf", csrf, "displayName", "Saint-Martin-d'Hères",
        "slug", slug, "defaultLocale", "fr", "timeZone", "Europe/Paris", "primaryColor", "#1d4e89",
        "module.petitions", "on", "module.budget", "on"));

    refused(browser, typed, "hosts", "https://" + host + "/", 422, "n&#39;est pas un nom d&#39;hôte valide");
    refused(browser, typed, "hosts", host + "\n192.168.10.20", 422, "« 192.168.10.20 » est une adresse IP");
    refused(browser, typed, "hosts", "localhost", 422, "« localhost » est une adresse de la plateforme");
    typed.put("hosts", host);
    refused(browser, typed, "primaryColor", "#ffd700", 422, "Le texte blanc sur #ffd700");
    typed.put("primaryColor", "#1d4e89");
    refused(browser, typed, "slug", taken.slug(), 409, "Un espace utilise déjà cet identifiant court");
    typed.put("slug", slug);
    refused(browser, typed, "hosts", taken.host(), 409, "Un de ces noms d&#39;hôte sert déjà un autre espace");
    assertEquals(404, TenantHttp.on(host).get("/api/tenant").status(), "nothing created by the refusals");

    typed.put("slug", slug);
    typed.put("hosts", host);
    typed.put("action", "lookup");
    refused(browser, typed, "inseeCode", "38999", 422, "Aucune commune actuelle n&#39;a le code INSEE « 38999 »");
    typed.remove("action");
    refused(browser, typed, "inseeCode", "38999", 422, "Aucune commune actuelle n&#39;a le code INSEE « 38999 »");
    assertEquals(404, TenantHttp.on(host).get("/api/tenant").status(), "nothing created by the refusals");

    typed.put("inseeCode", "38421");
    typed.put("action", "lookup");
    typed.put("displayName", "");
    var lookedUp = browser.submit(NEW, typed);
    assertEquals(200, lookedUp.status(), lookedUp.body());
    assertTrue(lookedUp.body().contains("<dd>Grenoble-Alpes-Métropole</dd>"), lookedUp.body());
    assertTrue(lookedUp.body().contains("<dd>Isère (38)</dd>"), lookedUp.body());
    assertTrue(lookedUp.body().contains("name=\"displayName\" type=\"text\" value=\"Saint-Martin-d&#39;Hères\""),
        "the official name is filled in: " + lookedUp.body());
    assertEquals(404, TenantHttp.on(host).get("/api/tenant").status(), "a look-up creates nothing");
    typed.remove("action");
    typed.put("displayName", "Saint-Martin-d'Hères");
    refused(browser, typed, "adminEmail", "maire at smh", 422, "Saisissez une adresse e-mail");
    String mayor = "maire-" + tag + "@smh.example";
    typed.put("adminEmail", mayor);

    var created = browser.submit(NEW, typed);
    assertEquals(200, created.status(), created.body());
    assertTrue(created.url().endsWith("/operator/tenants/" + slug), created.url());
    assertTrue(created.body().contains("Saint-Martin-d&#39;Hères"), created.body());
    assertTrue(created.body().contains(">" + host + "</a>"), created.body());
    assertTrue(created.body().contains("<li>Pétitions</li>"), created.body());

    var api = TenantFixtures.operatorHttp().get("/api/operator/tenants/" + slug);
    assertEquals(200, api.status(), api::toString);
    assertEquals("COMMUNE", api.json().getString("kind"));
    assertEquals("38421", api.json().getString("inseeCode"), api::toString);
    assertEquals("Isère", api.json().getString("departmentName"), api::toString);
    assertEquals("Grenoble-Alpes-Métropole", api.json().getString("intercommunality"), api::toString);
    assertTrue(api.json().getInt("population") > 30_000, api::toString);
    assertEquals("#1d4e89", api.json().getJsonObject("branding").getString("primaryColor"), api::toString);

    // the first administrator: a new Keycloak account, made admin, invited through Parvis's outbox
    assertTrue(created.body().contains("<th scope=\"row\">" + mayor + "</th>"), created.body());
    assertTrue(created.body().contains("En attente"), created.body());
    var invitation = Mailbox.of(mayor).awaitSubject("Invitation à administrer Saint-Martin-d'Hères",
        Duration.ofSeconds(60));
    String text = Mailbox.text(invitation);
    assertTrue(text.contains("http://" + host + ":" + Integer.getInteger("parvis.it.http.port")
        + "/auth/login?return=/admin"), text);
    assertTrue(text.contains("Identifiant : " + mayor) && text.contains("Mot de passe provisoire : "), text);
    assertEquals("admin", membershipRoles(mayor).stream().filter("admin"::equals).findFirst().orElse(null));
    Matcher resend = Pattern.compile("action=\"(/operator/tenants/" + slug + "/invitations/[0-9a-f-]{36}/resend)\"")
        .matcher(created.body());
    assertTrue(resend.find(), created.body());
    var again = browser.submit(resend.group(1), Map.of("csrf", created.csrf()));
    assertEquals(200, again.status(), again.body());
    assertTrue(again.body().contains("envoyée 2 fois"), again.body());
    Mailbox.of(mayor).await(2, Duration.ofSeconds(60));

    var home = TenantHttp.on(host).getHtml("/");
    assertEquals(200, home.status(), home::toString);
    assertTrue(home.body().contains("Saint-Martin-d&#39;Hères"), home.body());
    assertEquals(200, TenantHttp.on(host).getHtml("/petitions").status(), "petitions enabled");
  }

  @Test
  void theApiRefusesTheSameHostsWithProblems() {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    for (var refusal : Map.of("10.1.2.3", "ip-host", "localhost", "platform-host", "bad_host.fr", "invalid-host")
        .entrySet()) {
      var reply = TenantFixtures.operatorHttp().post("/api/operator/tenants", """
          {"slug": "api-%s", "kind": "COMMUNE", "displayName": "Refusée", "hosts": ["%s"]}
          """.formatted(tag, refusal.getKey()));
      assertEquals(400, reply.status(), reply::toString);
      assertTrue(reply.isProblem(), reply::toString);
      assertEquals("urn:parvis:problem:" + refusal.getValue(), reply.json().getString("type"), reply::toString);
    }
    var unknown = TenantFixtures.operatorHttp().post("/api/operator/tenants", """
        {"slug": "api-%s", "kind": "COMMUNE", "displayName": "Inconnue", "inseeCode": "38999",
         "hosts": ["api-%s.localhost"]}
        """.formatted(tag, tag));
    assertEquals(400, unknown.status(), unknown::toString);
    assertEquals("urn:parvis:problem:unknown-insee-code", unknown.json().getString("type"), unknown::toString);
    var pale = TenantFixtures.operatorHttp().post("/api/operator/tenants", """
        {"slug": "api-%s", "kind": "COMMUNE", "displayName": "Pâle", "hosts": ["api-%s.localhost"],
         "branding": {"primaryColor": "#ffff00"}}
        """.formatted(tag, tag));
    assertEquals(400, pale.status(), pale::toString);
    assertEquals("urn:parvis:problem:low-contrast", pale.json().getString("type"), pale::toString);
    assertEquals(404, TenantFixtures.operatorHttp().get("/api/operator/tenants/api-" + tag).status());
  }

  /**
   * An invited person who already has an account keeps it (no temporary password in the mail), and the invitation
   * is accepted at their first sign-in to the new tenant.
   */
  @Test
  void anExistingAccountIsInvitedAndAcceptsBySigningIn() {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String host = "coll-" + tag + ".localhost";
    var person = TestIdentities.person("secretaire-" + tag);
    String address = person.username() + "@example.org";
    var browser = new PortalBrowser("localhost");
    var operator = TestIdentities.operator();
    var form = browser.signIn(operator.username(), operator.password(), "/operator/tenants/new?kind=collective");
    assertEquals(200, form.status(), form.body());
    var created = browser.submit("/operator/tenants/new?kind=collective", Map.of("csrf", form.csrf(),
        "displayName", "Collectif " + tag, "slug", "coll-" + tag, "hosts", host, "defaultLocale", "fr",
        "timeZone", "Europe/Paris", "primaryColor", "#5b2a86", "module.consent", "on", "adminEmail",
        address.toUpperCase(java.util.Locale.ROOT)));
    assertEquals(200, created.status(), created.body());
    assertTrue(created.body().contains("En attente"), created.body());
    String text = Mailbox.text(Mailbox.of(address).awaitSubject("Invitation à administrer", Duration.ofSeconds(60)));
    assertTrue(text.contains("Connectez-vous avec votre compte habituel (" + address + ")"), text);
    assertFalse(text.contains("Mot de passe provisoire"), text);

    var admin = new PortalBrowser(host);
    var adminHome = admin.signIn(person.username(), person.password(), "/admin");
    assertEquals(200, adminHome.status(), adminHome.url() + " " + adminHome.body());
    var page = browser.open("/operator/tenants/coll-" + tag);
    assertTrue(page.body().contains("Acceptée"), page.body());
    assertFalse(page.body().contains("/resend"), "nothing to resend once accepted");
  }

  /**
   * The console's pages pass the accessibility crawl's audit (one h1, labels, names, unique ids, no sideways scroll
   * at 1280 and 390 px) in Chromium, signed in as the operator; screenshots go to {@code target/screens}.
   */
  @Test
  void theConsolePagesPassTheAccessibilityAudit() throws java.io.IOException {
    var tenant = TenantFixtures.commune("vitrine");
    var operator = TestIdentities.operator();
    String origin = "http://localhost:" + Integer.getInteger("parvis.it.http.port");
    Map<String, java.util.List<String>> problems = new java.util.LinkedHashMap<>();
    java.nio.file.Path screens = java.nio.file.Path.of("target", "screens");
    java.nio.file.Files.createDirectories(screens);
    try (var chromium = HeadlessChromium.start()) {
      var driver = chromium.driver();
      var keys = new Keyboard(driver);
      driver.get(origin + "/auth/login?return=/operator");
      keys.signInOnKeycloak(operator.username(), operator.password());
      keys.waitFor(d -> d.getCurrentUrl().equals(origin + "/operator"), "the console after signing in");
      for (String path : java.util.List.of("/operator", "/operator/tenants/new", NEW,
          "/operator/tenants/new?kind=collective", "/operator/tenants/" + tenant.slug())) {
        for (var screen : java.util.List.of(new org.openqa.selenium.Dimension(1280, 900),
            new org.openqa.selenium.Dimension(390, 844))) {
          driver.manage().window().setSize(screen);
          driver.get(origin + path);
          @SuppressWarnings("unchecked")
          java.util.List<Object> found = (java.util.List<Object>) ((org.openqa.selenium.JavascriptExecutor) driver)
              .executeScript(PublicPagesAreAccessibleIT.AUDIT);
          if (!found.isEmpty()) {
            problems.put(path + " at " + screen.getWidth() + " px", found.stream().map(Object::toString).toList());
          }
          byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
          java.nio.file.Files.write(screens.resolve("operator" + path.replaceAll("[^a-z0-9]+", "-") + "-"
              + screen.getWidth() + ".png"), png);
        }
      }
    }
    assertEquals(Map.of(), problems, "console pages with problems");
  }

  /** The operator finds a tenant, edits it (with the same checks as at creation), suspends and reactivates it. */
  @Test
  void theOperatorFindsEditsSuspendsAndReactivatesATenant() {
    var tenant = TenantFixtures.commune("retouche");
    String base = "/operator/tenants/" + tenant.slug();
    var browser = new PortalBrowser("localhost");
    var operator = TestIdentities.operator();
    var found = browser.signIn(operator.username(), operator.password(), "/operator?q=" + tenant.slug());
    assertEquals(200, found.status(), found.body());
    assertTrue(found.body().contains("href=\"" + base + "\""), found.body());
    assertTrue(found.body().contains("<td>Commune</td>") && found.body().contains("<td>Actif</td>")
        && !found.body().contains("<td>COMMUNE</td>"), "kind and status in French: " + found.body());
    assertTrue(found.body().contains("href=\"/openapi\""), "the console links the API description");
    assertFalse(browser.open("/operator?q=zzz-nothing-matches").body().contains("href=\"" + base + "\""));
    assertTrue(browser.open("/operator?q=" + tenant.host().toUpperCase(java.util.Locale.ROOT)).body()
        .contains("href=\"" + base + "\""), "found by host, case ignored");

    var edit = browser.open(base + "/edit");
    assertEquals(200, edit.status(), edit.body());
    String newHost = "nouveau-" + tenant.host();
    Map<String, String> typed = new HashMap<>(Map.of("csrf", edit.csrf(), "displayName", "Commune retouchée",
        "hosts", "10.0.0.9", "defaultLocale", "fr", "timeZone", "America/Cayenne", "primaryColor", "#1d4e89"));
    var refused = browser.submit(base + "/edit", typed);
    assertEquals(422, refused.status(), refused.body());
    assertTrue(refused.body().contains("« 10.0.0.9 » est une adresse IP"), refused.body());
    typed.put("hosts", newHost);
    var edited = browser.submit(base + "/edit", typed);
    assertEquals(200, edited.status(), edited.body());
    assertTrue(edited.body().contains("Commune retouchée") && edited.body().contains(">" + newHost + "</a>"),
        edited.body());
    assertEquals("America/Cayenne", TenantFixtures.operatorHttp().get("/api/operator/tenants/" + tenant.slug())
        .json().getString("timeZone"));
    assertEquals(200, TenantHttp.on(newHost).getHtml("/").status());

    var confirm = browser.open(base + "/suspend");
    assertEquals(200, confirm.status(), confirm.body());
    assertTrue(confirm.body().contains("Oui, suspendre l&#39;espace"), confirm.body());
    assertEquals(200, TenantHttp.on(newHost).getHtml("/").status(), "asking first suspends nothing");
    var suspended = browser.submit(base + "/suspend", Map.of("csrf", confirm.csrf()));
    assertEquals(200, suspended.status(), suspended.body());
    assertTrue(suspended.body().contains("Suspendu"), suspended.body());
    var closed = TenantHttp.on(newHost).getHtml("/");
    assertEquals(503, closed.status());
    assertTrue(closed.body().contains("Portail suspendu"), closed::toString);

    var reopen = browser.open(base + "/reactivate");
    var reactivated = browser.submit(base + "/reactivate", Map.of("csrf", reopen.csrf()));
    assertEquals(200, reactivated.status(), reactivated.body());
    assertEquals(200, TenantHttp.on(newHost).getHtml("/").status());
  }

  /** A failure after the registry entry (a member the database cannot store) undoes the whole creation. */
  @Test
  void aCreationThatFailsHalfWayLeavesNothingBehind() {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String host = "moitie-" + tag + ".localhost";
    var reply = TenantFixtures.operatorHttp().post("/api/operator/tenants", """
        {"slug": "moitie-%s", "kind": "COMMUNE", "displayName": "À moitié", "hosts": ["%s"],
         "modules": {"petitions": {}}, "members": {"%s": ["ADMIN"]}}
        """.formatted(tag, host, "x".repeat(300)));
    assertEquals(500, reply.status(), reply::toString);
    assertEquals(404, TenantFixtures.operatorHttp().get("/api/operator/tenants/moitie-" + tag).status(),
        "no registry entry left");
    assertEquals(404, TenantHttp.on(host).get("/api/tenant").status(), "the host serves nothing");
    var again = TenantFixtures.operatorHttp().post("/api/operator/tenants", """
        {"slug": "moitie-%s", "kind": "COMMUNE", "displayName": "Entière", "hosts": ["%s"],
         "modules": {"petitions": {}}}
        """.formatted(tag, host));
    assertEquals(201, again.status(), "slug and host are free again: " + again);
  }

  private static java.util.List<String> membershipRoles(String email) {
    try (var db = IntegrationServices.database().superuserConnection();
        var query = db.prepareStatement("select m.roles from parvis_membership m join parvis_invitation i"
            + " on i.subject = m.subject and i.tenant_id = m.tenant_id where i.email = ?")) {
      query.setString(1, email);
      try (var rows = query.executeQuery()) {
        return rows.next() ? java.util.List.of(rows.getString(1).split(",")) : java.util.List.of();
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void refused(PortalBrowser browser, Map<String, String> typed, String field, String value,
      int status, String message) {
    typed.put(field, value);
    var page = browser.submit(NEW, typed);
    assertEquals(status, page.status(), field + "=" + value + ": " + page.body());
    assertTrue(page.body().contains(message), message + " in " + page.body());
    assertTrue(page.body().contains("role=\"alert\""), "an error summary");
    assertTrue(page.body().contains("value=\"Saint-Martin-d&#39;Hères\""), "what was typed is kept");
    assertFalse(page.url().contains("/operator/tenants/smh"), page.url());
  }
}
