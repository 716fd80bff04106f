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

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ParvisDeployment.builtWar();
  }

  private static TenantHttp member(CreatedTenant tenant, String name, String role) {
    var account = TestIdentities.person(name + "-" + tenant.slug());
    TenantFixtures.appoint(tenant, account, role);
    return tenant.http().as(account.token());
  }

  private static CreatedTenant collectiveWithConsent(String prefix) {
    var tenant = TenantFixtures.collective(prefix);
    var admin = member(tenant, "admin", "ADMIN");
    var enabled = admin.put("/api/admin/modules/consent/enabled", "{}");
    assertTrue(enabled.status() / 100 == 2, enabled::toString);
    return tenant;
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
    var alice = member(tenant, "alice", "CITIZEN");
    var bob = member(tenant, "bob", "CITIZEN");
    var chloe = member(tenant, "chloe", "CITIZEN");
    var stranger = tenant.http().as(TestIdentities.person("passant-" + tenant.slug()).token());

    var proposed = alice.post(PROPOSALS, "{\"circle\": \"Jardin partagé\", \"title\": \"Arrosage\","
        + " \"text\": \"Chacun arrose un soir par semaine.\", \"deadline\": \"" + deadline() + "\"}");
    assertEquals(201, proposed.status(), proposed::toString);
    String id = proposed.json().getString("id");
    String one = PROPOSALS + "/" + id;
    assertEquals(403, stranger.get(one).status(), "only members take part");

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
    var alice = member(here, "alice", "CITIZEN");
    String id = alice.post(PROPOSALS, "{\"circle\": \"Bureau\", \"title\": \"Budget\", \"text\": \"…\","
        + " \"deadline\": \"" + deadline() + "\"}").json().getString("id");

    var outsider = member(there, "eve", "CITIZEN");
    assertEquals("[]", outsider.get(PROPOSALS).body().replaceAll("\\s", ""));
    assertEquals(404, outsider.get(PROPOSALS + "/" + id).status());
    assertEquals(404, outsider.put(PROPOSALS + "/" + id + "/answers/mine", "{\"kind\": \"CONSENT\"}").status());
    assertEquals(1, alice.get(PROPOSALS).jsonArray().size());
  }
}
