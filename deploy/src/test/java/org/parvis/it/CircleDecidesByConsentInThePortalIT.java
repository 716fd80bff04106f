package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
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
import org.parvis.testsupport.PortalBrowser.Page;
import org.parvis.testsupport.TenantFixtures;
import org.parvis.testsupport.TenantFixtures.CreatedTenant;
import org.parvis.testsupport.TestIdentities;
import org.parvis.testsupport.TestIdentities.Account;

/**
 * A circle decides by consent through the portal's pages alone: the administrator creates the circle and names
 * its members, found with the person picker (a forged account id is refused); a member proposes; another objects — refused first without a reason (the message on the page,
 * what was typed kept, nothing stored) — the proposer amends the proposal to address the objection, the members
 * answer the new version and the proposer adopts it; the decision is shown. A member of the collective outside
 * the circle gets 404 for the circle and 403 for its proposal, as from the API; a visitor is sent to sign in.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CircleDecidesByConsentInThePortalIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ParvisDeployment.builtWar();
  }

  @BeforeAll
  static void keycloakKnowsThePlatformHost() {
    IntegrationServices.keycloak().admin().allowPortalRedirect(
        "http://localhost:" + Integer.getInteger("parvis.it.http.port"));
  }

  private static Account account(CreatedTenant tenant, String name, String role) {
    var account = TestIdentities.person(name + "-" + tenant.slug());
    TenantFixtures.appoint(tenant, account, role);
    return account;
  }

  private record Visitor(PortalBrowser browser, Page first) {
    Page post(String path, Map<String, String> fields) {
      Map<String, String> form = new HashMap<>(fields);
      form.put("csrf", first.csrf());
      return browser.submit(path, form);
    }
  }

  private static Visitor signIn(CreatedTenant tenant, Account account, String path) {
    var browser = new PortalBrowser(tenant.host());
    var page = browser.signIn(account.username(), account.password(), path);
    assertEquals(200, page.status(), page.body());
    return new Visitor(browser, page);
  }

  private static String lastSegment(Page page) {
    return page.url().substring(page.url().lastIndexOf('/') + 1);
  }

  private static String day(int fromToday) {
    return LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(fromToday).toString();
  }

  @Test
  void aCircleDecidesByConsentFromItsPages() {
    var tenant = TenantFixtures.collective("consent-portail");
    var adminAccount = account(tenant, "admin", "ADMIN");
    var enabled = tenant.http().as(adminAccount.token()).put("/api/admin/modules/consent/enabled", "{}");
    assertEquals(200, enabled.status() / 100 * 100, enabled::toString);
    var aliceAccount = account(tenant, "alice", "CITIZEN");
    var bobAccount = account(tenant, "bob", "CITIZEN");
    var chloeAccount = account(tenant, "chloe", "CITIZEN");
    var danAccount = account(tenant, "dan", "CITIZEN");

    var anonymous = new PortalBrowser(tenant.host()).open("/consent");
    assertTrue(anonymous.body().contains("kc-form-login"), "a visitor is sent to sign in: " + anonymous.url());

    // The administrator creates the circle and names its members.
    var admin = signIn(tenant, adminAccount, "/consent");
    assertTrue(admin.first().body().contains("Créer un cercle"), admin.first().body());
    var created = admin.post("/consent/circles", Map.of("name", "Jardin partagé"));
    assertEquals(200, created.status(), created.body());
    String circle = lastSegment(created);
    String members = "/consent/circles/" + circle + "/members";
    var forged = admin.post(members, Map.of("person", java.util.UUID.randomUUID().toString()));
    assertEquals(422, forged.status(), "an account id that Keycloak does not know is refused: " + forged.body());
    assertTrue(forged.body().contains("Cette personne n&#39;a pas de compte"), forged.body());
    for (var member : new Account[] {aliceAccount, bobAccount, chloeAccount}) {
      // Found with the person picker by their name, then chosen among the people the search shows.
      var found = admin.post(members, Map.of("person-query", member.username(), "person-search", "1"));
      assertEquals(200, found.status(), found.body());
      assertTrue(found.body().contains("name=\"person\" value=\"" + member.subject() + "\""), found.body());
      var added = admin.post(members, Map.of("person-query", member.username(), "person", member.subject()));
      assertEquals(200, added.status(), added.body());
      assertTrue(added.body().contains(member.subject()), added.body());
      assertTrue(added.body().contains(member.username() + " Test"), "named, not shown by id: " + added.body());
    }
    var twice = admin.post("/consent/circles", Map.of("name", "jardin partagé"));
    assertEquals(409, twice.status(), twice.body());
    assertTrue(twice.body().contains("Un cercle porte déjà ce nom") && twice.body().contains("value=\"jardin partagé\""),
        twice.body());

    // A member proposes.
    var alice = signIn(tenant, aliceAccount, "/consent");
    assertTrue(alice.first().body().contains("Jardin partagé"), alice.first().body());
    var past = alice.post("/consent/circles/" + circle + "/proposals", Map.of("title", "Arrosage",
        "text", "Chacun arrose un soir par semaine.", "deadline", day(-2)));
    assertEquals(422, past.status(), past.body());
    assertTrue(past.body().contains("Choisissez aujourd&#39;hui ou un jour à venir."), past.body());
    var proposed = alice.post("/consent/circles/" + circle + "/proposals", Map.of("title", "Arrosage",
        "text", "Chacun arrose un soir par semaine.", "deadline", day(3)));
    assertEquals(200, proposed.status(), proposed.body());
    String id = lastSegment(proposed);
    String page = "/consent/proposals/" + id;
    String api = "/api/consent/proposals/" + id;

    // Another objects: refused first without a reason, nothing stored.
    var chloe = signIn(tenant, chloeAccount, page);
    assertTrue(chloe.first().body().contains("<legend>Votre réponse à cette version</legend>"), chloe.first().body());
    var noReason = chloe.post(page + "/answer", Map.of("kind", "OBJECTION", "reason", " "));
    assertEquals(422, noReason.status(), noReason.body());
    assertTrue(noReason.body().contains("Donnez la raison de votre objection."), noReason.body());
    assertTrue(noReason.body().contains("value=\"OBJECTION\" checked"), noReason.body());
    assertEquals(0, record(tenant, chloeAccount, api).getJsonArray("rounds").getJsonObject(0)
        .getJsonArray("answers").size());

    var bob = signIn(tenant, bobAccount, page);
    assertEquals(200, bob.post(page + "/answer", Map.of("kind", "CONSENT")).status());
    var objected = chloe.post(page + "/answer", Map.of("kind", "OBJECTION", "reason", "Je pars tout le mois d'août."));
    assertEquals(200, objected.status(), objected.body());
    assertTrue(objected.body().contains("Je pars tout le mois d&#39;août."), objected.body());
    assertFalse(objected.body().contains("action=\"" + page + "/answer\""), "answered: " + objected.body());

    // The proposer cannot adopt over an objection; she amends the proposal.
    var blocked = alice.post(page + "/adoption", Map.of());
    assertEquals(409, blocked.status(), blocked.body());
    assertTrue(blocked.body().contains("Cette étape n&#39;est pas possible maintenant"), blocked.body());
    var amended = alice.post(page + "/amendment", Map.of("amendText",
        "Chacun arrose un soir par semaine ; les absents échangent leur tour.",
        "addresses", "Les absences en août sont couvertes par échange.", "amendDeadline", day(5)));
    assertEquals(200, amended.status(), amended.body());
    assertTrue(amended.body().contains("Version 2 (en cours)") && amended.body().contains("Versions précédentes"),
        amended.body());

    // The members answer the new version; the proposer adopts it.
    assertEquals(200, chloe.post(page + "/answer", Map.of("kind", "CONSENT")).status());
    assertEquals(200, bob.post(page + "/answer", Map.of("kind", "STAND_ASIDE")).status());
    var adopted = alice.post(page + "/adoption", Map.of());
    assertEquals(200, adopted.status(), adopted.body());
    assertTrue(adopted.body().contains("Décision adoptée par consentement le"), adopted.body());
    var record = record(tenant, bobAccount, api);
    assertEquals("ADOPTED", record.getString("status"));
    assertEquals("Je pars tout le mois d'août.", record.getJsonArray("rounds").getJsonObject(0)
        .getJsonArray("answers").stream().map(a -> a.asJsonObject())
        .filter(a -> a.getString("kind").equals("OBJECTION")).findFirst().orElseThrow().getString("reason"));
    assertTrue(bob.browser().open("/consent/circles/" + circle).body().contains("Adoptées"));

    // A member of the collective outside the circle sees neither the circle nor its proposal.
    var dan = signIn(tenant, danAccount, "/consent");
    assertTrue(dan.first().body().contains("Vous n&#39;êtes membre d&#39;aucun cercle"), dan.first().body());
    assertFalse(dan.first().body().contains("Jardin partagé"), dan.first().body());
    assertEquals(404, dan.browser().open("/consent/circles/" + circle).status());
    var forbidden = dan.browser().open(page);
    assertEquals(403, forbidden.status(), forbidden.body());
    assertTrue(forbidden.body().contains("Seuls les membres de ce cercle"), forbidden.body());
    assertFalse(forbidden.body().contains("Arrosage"), forbidden.body());
  }

  private static JsonObject record(CreatedTenant tenant, Account account, String api) {
    var reply = tenant.http().as(account.token()).get(api);
    assertEquals(200, reply.status(), reply::toString);
    return reply.json();
  }
}
