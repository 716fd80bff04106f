package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parvis.it.BudgetCommune.envelopeId;
import static org.parvis.it.BudgetCommune.idea;
import static org.parvis.it.BudgetCommune.ok;
import static org.parvis.it.CitizensVoteInAParticipatoryBudgetIT.ballot;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
import org.parvis.testsupport.TenantHttp;
import org.parvis.testsupport.TestIdentities;

/**
 * The district of residence comes from the census (or from staff approving a request) and bounds
 * the district envelopes a resident votes in: their own district's and the city-wide one. A
 * resident whose district is unknown keeps the choice; the portal shows each voter their district.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResidentsVoteInTheirOwnDistrictIT {

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
  void aBallotInAnotherDistrictsEnvelopeIsRefusedNamingTheRule() {
    var commune = BudgetCommune.withDistricts("budget-quartiers",
        "DUPONT;Secteur 1", "LEROY;secteur  2", "NOMADE;");
    var edition = commune.edition("greedy", "{\"kind\": \"APPROVAL\", \"maxChoices\": 1}",
        "[{\"name\": \"Toute la ville\", \"amount\": 100000, \"district\": false},"
            + " {\"name\": \"Secteur 1\", \"amount\": 20000, \"district\": true},"
            + " {\"name\": \"Secteur 2\", \"amount\": 20000, \"district\": true}]");
    String id = edition.getString("id");
    String city = envelopeId(edition, 0);
    String first = envelopeId(edition, 1);
    String second = envelopeId(edition, 2);
    var author = commune.account("auteur");
    String square = idea(author, id, city, "Place centrale", 50000);
    String bench = idea(author, id, first, "Bancs du parc", 5000);
    String trees = idea(author, id, second, "Arbres de la rue", 8000);
    commune.moveTo(id, 1, "FEASIBILITY_REVIEW");
    commune.feasible(square, 50000);
    commune.feasible(bench, 5000);
    commune.feasible(trees, 8000);
    commune.moveTo(id, 2, "VOTE");
    String ballots = "/api/budget/editions/" + id + "/ballots";

    // Dupont lives in sector 1 by the census: the city and sector 1, not sector 2.
    var dupont = commune.verifiedResident("DUPONT");
    assertEquals("Secteur 1", ok(dupont.get("/api/me/verification")).json().getString("district"));
    assertEquals(201, dupont.post(ballots, ballot(city, square)).status());
    assertEquals(201, dupont.post(ballots, ballot(first, bench)).status());
    assertRefusedForDistrict(dupont.post(ballots, ballot(second, trees)));
    assertEquals(1, dupont.get(ballots + "/mine").jsonArray().stream()
        .filter(b -> b.asJsonObject().getString("envelope").equals(first)).count(),
        "the refused ballot did not move the district ballot");

    // The census wrote "secteur  2": the same district as the envelope "Secteur 2".
    var leroy = commune.verifiedResident("LEROY");
    assertEquals(201, leroy.post(ballots, ballot(second, trees)).status());
    assertRefusedForDistrict(leroy.post(ballots, ballot(first, bench)));

    // Nobody knows where Nomade lives: they choose their district envelope.
    var nomade = commune.verifiedResident("NOMADE");
    assertEquals(201, nomade.post(ballots, ballot(second, trees)).status());

    // Staff approving a request at the desk set the district, from a proof of address.
    ok(commune.admin().put("/api/admin/residency",
        "{\"methods\": [\"CENSUS\", \"STAFF_APPROVAL\"]}"));
    var newcomer = commune.account("nouvelle");
    ok(newcomer.post("/api/me/verification/request", "{\"lastName\": \"ARRIVEE\","
        + " \"firstNames\": \"Lou\", \"birthDate\": \"1999-09-09\"}"));
    String request = ok(newcomer.get("/api/me/verification")).json().getString("pendingRequest");
    assertEquals(204, commune.staff().post("/api/staff/residency/requests/" + request
        + "/approval?district=" + URLEncoder.encode("Secteur 2", StandardCharsets.UTF_8), null)
        .status());
    assertRefusedForDistrict(newcomer.post(ballots, ballot(first, bench)));
    assertEquals(201, newcomer.post(ballots, ballot(second, trees)).status());

    // In the portal Dupont sees their district, no way into sector 2's ballot, and a refusal in
    // French words if they try anyway.
    var account = TestIdentities.person("dupont-compte-" + commune.tenant().slug());
    var browser = new PortalBrowser(commune.tenant().host());
    var page = browser.signIn(account.username(), account.password(), "/budget/" + id);
    assertEquals(200, page.status(), page.body());
    assertTrue(page.body().contains("Votre quartier : Secteur 1."), page.body());
    assertTrue(page.body().contains("/budget/" + id + "/ballot?envelope=" + first));
    assertFalse(page.body().contains("/budget/" + id + "/ballot?envelope=" + second));
    assertTrue(page.body().contains("Cette enveloppe est réservée aux habitants de son quartier"));
    var form = browser.open("/budget/" + id + "/ballot?envelope=" + second);
    var refused = browser.submit("/budget/" + id + "/ballot", Map.of("csrf", form.csrf(),
        "envelope", second, "project-" + trees, "on"));
    assertEquals(422, refused.status(), refused.body());
    assertTrue(refused.body().contains("data-rule=\"district-of-residence\""), refused.body());
    assertTrue(refused.body().contains("celle d&#39;un autre quartier que le vôtre"),
        refused.body());
  }

  private static void assertRefusedForDistrict(TenantHttp.Reply reply) {
    assertEquals(422, reply.status(), reply::toString);
    assertTrue(reply.contentType().startsWith("application/problem+json"), reply::toString);
    assertEquals("urn:parvis:problem:budget-ballot-rule", reply.json().getString("type"));
    assertEquals("district-of-residence", reply.json().getString("rule"), reply::toString);
  }
}
