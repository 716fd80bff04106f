package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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

/**
 * A circle of a collective decides by consent: an objection blocks adoption until the proposer
 * amends the proposal to address it; then, with no objection left, the decision is adopted and
 * every round and answer stays on record. Another collective sees nothing of it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CircleDecidesByConsentIT {

  private static final String PROPOSALS = "/api/consent/proposals";
  private static final String CIRCLES = "/api/consent/circles";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ParvisDeployment.builtWar();
  }

  private static TenantHttp member(CreatedTenant tenant, String name, String role) {
    return tenant.http().as(account(tenant, name, role).token());
  }

  private static TestIdentities.Account account(CreatedTenant tenant, String name, String role) {
    var account = TestIdentities.person(name + "-" + tenant.slug());
    TenantFixtures.appoint(tenant, account, role);
    return account;
  }

  private static CreatedTenant collectiveWithConsent(String prefix) {
    var tenant = TenantFixtures.collective(prefix);
    var enabled = admin(tenant).put("/api/admin/modules/consent/enabled", "{}");
    assertTrue(enabled.status() / 100 == 2, enabled::toString);
    return tenant;
  }

  private static TenantHttp admin(CreatedTenant tenant) {
    return member(tenant, "admin", "ADMIN");
  }

  /** A circle created by the tenant's administrator, with the given members; returns its id. */
  private static String circle(CreatedTenant tenant, String name, TestIdentities.Account... members) {
    var admin = admin(tenant);
    var created = admin.post(CIRCLES, "{\"name\": \"" + name + "\"}");
    assertEquals(201, created.status(), created::toString);
    String id = created.json().getString("id");
    for (var member : members) {
      ok(admin.put(CIRCLES + "/" + id + "/members/" + member.subject(), null));
    }
    return id;
  }

  private static String deadline() {
    return Instant.now().plus(3, ChronoUnit.DAYS).toString();
  }

  private static JsonObject ok(TenantHttp.Reply reply) {
    assertEquals(200, reply.status() / 100 * 100, reply::toString);
    return reply.json();
  }

  private static void assertRefused(int status, TenantHttp.Reply reply) {
    assertEquals(status, reply.status(), reply::toString);
    assertTrue(reply.isProblem(), reply::toString);
  }

  @Test
  void anObjectionIsAddressedByAnAmendmentAndTheDecisionIsAdopted() {
    var tenant = collectiveWithConsent("cercle");
    var aliceAccount = account(tenant, "alice", "CITIZEN");
    var bobAccount = account(tenant, "bob", "CITIZEN");
    var chloeAccount = account(tenant, "chloe", "CITIZEN");
    var alice = tenant.http().as(aliceAccount.token());
    var bob = tenant.http().as(bobAccount.token());
    var chloe = tenant.http().as(chloeAccount.token());
    var stranger = tenant.http().as(TestIdentities.person("passant-" + tenant.slug()).token());
    var otherCircle = member(tenant, "dan", "CITIZEN");

    assertRefused(400, alice.post(PROPOSALS, "{\"circle\": \"Jardin partagé\", \"title\": \"Arrosage\","
        + " \"text\": \"…\", \"deadline\": \"" + deadline() + "\"}"));
    assertRefused(403, alice.post(CIRCLES, "{\"name\": \"Jardin partagé\"}"));
    String circleId = circle(tenant, "Jardin partagé", aliceAccount, bobAccount, chloeAccount);
    circle(tenant, "Bureau", TestIdentities.person("dan-" + tenant.slug()));
    assertRefused(409, admin(tenant).post(CIRCLES, "{\"name\": \"jardin partagé\"}"));
    assertEquals(3, ok(bob.get(CIRCLES + "/" + circleId)).getJsonArray("members").size());
    assertEquals(404, otherCircle.get(CIRCLES + "/" + circleId).status());
    assertRefused(403, otherCircle.post(PROPOSALS, "{\"circle\": \"Jardin partagé\", \"title\": \"x\","
        + " \"text\": \"…\", \"deadline\": \"" + deadline() + "\"}"));

    var proposed = alice.post(PROPOSALS, "{\"circle\": \"Jardin partagé\", \"title\": \"Arrosage\","
        + " \"text\": \"Chacun arrose un soir par semaine.\", \"deadline\": \"" + deadline() + "\"}");
    assertEquals(201, proposed.status(), proposed::toString);
    String id = proposed.json().getString("id");
    String one = PROPOSALS + "/" + id;
    assertEquals(403, stranger.get(one).status(), "only members of the tenant take part");
    assertRefused(403, otherCircle.get(one));
    assertRefused(403, otherCircle.put(one + "/answers/mine", "{\"kind\": \"CONSENT\"}"));
    assertEquals("[]", otherCircle.get(PROPOSALS).body().replaceAll("\\s", ""),
        "members of another circle do not see its proposals");

    ok(bob.put(one + "/answers/mine", "{\"kind\": \"CONSENT\"}"));
    assertRefused(400, chloe.put(one + "/answers/mine", "{\"kind\": \"OBJECTION\"}"));
    ok(chloe.put(one + "/answers/mine",
        "{\"kind\": \"OBJECTION\", \"reason\": \"Je pars tout le mois d'août.\"}"));

    assertRefused(409, alice.post(one + "/adoption", null));
    assertRefused(409, bob.post(one + "/amendments", "{\"text\": \"…\", \"addresses\": \"…\","
        + " \"deadline\": \"" + deadline() + "\"}"));
    var amended = ok(alice.post(one + "/amendments", "{\"text\": \"Chacun arrose un soir par"
        + " semaine ; les absents échangent leur tour.\", \"addresses\": \"Les absences en août"
        + " sont couvertes par échange.\", \"deadline\": \"" + deadline() + "\"}"));
    assertEquals(2, amended.getJsonArray("rounds").size());
    assertRefused(409, alice.post(one + "/adoption", null));

    ok(chloe.put(one + "/answers/mine", "{\"kind\": \"CONSENT\"}"));
    ok(bob.put(one + "/answers/mine", "{\"kind\": \"STAND_ASIDE\"}"));
    var adopted = ok(alice.post(one + "/adoption", null));
    assertEquals("ADOPTED", adopted.getString("status"));
    assertRefused(409, bob.put(one + "/answers/mine", "{\"kind\": \"OBJECTION\", \"reason\": \"Trop tard\"}"));

    var record = ok(bob.get(one));
    var first = record.getJsonArray("rounds").getJsonObject(0);
    var objection = first.getJsonArray("answers").stream().map(a -> a.asJsonObject())
        .filter(a -> a.getString("kind").equals("OBJECTION")).findFirst().orElseThrow();
    assertEquals("Je pars tout le mois d'août.", objection.getString("reason"));
    var second = record.getJsonArray("rounds").getJsonObject(1);
    assertEquals("Les absences en août sont couvertes par échange.", second.getString("addresses"));
    assertEquals(2, second.getJsonArray("answers").size());
  }

  @Test
  void anotherCollectiveSeesNothingOfAProposal() {
    var here = collectiveWithConsent("consent-ici");
    var there = collectiveWithConsent("consent-ailleurs");
    var aliceAccount = account(here, "alice", "CITIZEN");
    var alice = here.http().as(aliceAccount.token());
    circle(here, "Bureau", aliceAccount);
    circle(there, "Bureau", account(there, "eve", "CITIZEN"));
    String id = alice.post(PROPOSALS, "{\"circle\": \"Bureau\", \"title\": \"Budget\", \"text\": \"…\","
        + " \"deadline\": \"" + deadline() + "\"}").json().getString("id");

    var outsider = member(there, "eve", "CITIZEN");
    assertEquals(1, outsider.get(CIRCLES).jsonArray().size(), "only its own circle");
    assertEquals("[]", outsider.get(PROPOSALS).body().replaceAll("\\s", ""));
    assertEquals(404, outsider.get(PROPOSALS + "/" + id).status());
    assertEquals(404, outsider.put(PROPOSALS + "/" + id + "/answers/mine", "{\"kind\": \"CONSENT\"}").status());
    assertEquals(1, alice.get(PROPOSALS).jsonArray().size());
  }
}
