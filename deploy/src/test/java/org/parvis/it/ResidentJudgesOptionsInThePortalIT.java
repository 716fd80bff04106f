package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parvis.it.VerifiedCommune.identityJson;
import static org.parvis.it.VerifiedCommune.ok;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
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
import org.parvis.testsupport.TestIdentities;

/**
 * A resident grades every option of a votation through the portal's plain form (one labelled
 * fieldset per option, native radio buttons), a refused ballot changes nothing, the vote is
 * recorded once, and after closing everyone reads the ranking with its merit profile chart.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResidentJudgesOptionsInThePortalIT {

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
  void aResidentGradesEachOptionAndReadsTheMeritProfiles() {
    var commune = VerifiedCommune.enabling("jugement-portail", "votations", "{}");
    String closes = Instant.now().plus(7, ChronoUnit.DAYS).toString();
    JsonObject created = ok(commune.admin().post("/api/votations", "{\"question\":"
        + " \"Quel équipement en 2027 ?\", \"method\": \"MAJORITY_JUDGMENT\", \"options\":"
        + " [\"Parc <arboré>\", \"Piscine\"], \"closesAt\": \"" + closes + "\"}")).json();
    String id = created.getString("id");
    List<String> options = created.getJsonArray("options").stream()
        .map(o -> o.asJsonObject().getString("id")).toList();

    var visitor = new PortalBrowser(commune.tenant().host());
    var list = visitor.open("/votations");
    assertEquals(200, list.status(), list.body());
    assertTrue(list.body().contains("href=\"/votations/" + id + "\""), list.body());
    var anonymous = visitor.open("/votations/" + id);
    assertTrue(anonymous.body().contains("connectez-vous"), anonymous.body());
    assertFalse(anonymous.body().contains("<form method=\"post\" action=\"/votations/"));

    var account = TestIdentities.person("juge-" + commune.tenant().slug());
    var api = commune.tenant().http().as(account.token());
    ok(api.post("/api/me/verification/census", identityJson(1)));
    var browser = new PortalBrowser(commune.tenant().host());
    var form = browser.signIn(account.username(), account.password(), "/votations/" + id);
    assertEquals(200, form.status(), form.body());
    assertTrue(form.body().contains("<legend>Parc &lt;arboré&gt;</legend>"), form.body());
    assertTrue(form.body().contains("name=\"grade-" + options.get(1) + "\" id=\"g-1-0\""
        + " value=\"Excellent\"><label for=\"g-1-0\">Excellent</label>"), form.body());

    assertEquals(403, browser.submit("/votations/" + id, Map.of("csrf", "forged",
        "grade-" + options.get(0), "Bien", "grade-" + options.get(1), "Bien")).status());
    var forged = browser.submit("/votations/" + id, Map.of("csrf", form.csrf(),
        "grade-" + options.get(0), "Bien", "grade-" + options.get(1), "Sublime"));
    assertEquals(422, forged.status(), forged.body());
    assertTrue(forged.body().contains("role=\"alert\""), forged.body());
    assertTrue(forged.body().contains("value=\"Bien\" checked"), "the given grades are kept");
    assertEquals(0, api.get("/api/votations/" + id).json().getJsonNumber("participants").longValue(),
        "a refused ballot changes nothing");

    Map<String, String> ballot = new HashMap<>();
    ballot.put("csrf", form.csrf());
    ballot.put("grade-" + options.get(0), "Passable");
    ballot.put("grade-" + options.get(1), "Très bien");
    var voted = browser.submit("/votations/" + id, ballot);
    assertEquals(200, voted.status(), voted.body());
    assertTrue(voted.body().contains("Votre vote est enregistré"), voted.body());
    assertFalse(voted.body().contains("<form method=\"post\" action=\"/votations/"));
    var again = browser.submit("/votations/" + id, ballot);
    assertEquals(409, again.status(), "one person, one vote");
    assertEquals(1, api.get("/api/votations/" + id).json().getJsonNumber("participants").longValue());

    ok(commune.verifiedCitizen(2).post("/api/votations/" + id + "/ballots", "{\"grades\": {\""
        + options.get(0) + "\": \"Bien\", \"" + options.get(1) + "\": \"Excellent\"}}"));
    ok(commune.admin().post("/api/votations/" + id + "/closing", null));

    var results = visitor.open("/votations/" + id + "/results");
    assertEquals(200, results.status(), results.body());
    assertTrue(results.body().contains("<svg"), results.body());
    assertTrue(results.body().contains("role=\"img\""));
    assertFalse(results.body().contains("Parc <arboré>"), "escaped in the chart and the table");
    var ranking = api.get("/api/votations/" + id + "/results").json().getJsonArray("options");
    assertEquals("Piscine", ranking.getJsonObject(0).getString("label"));
    assertTrue(results.body().indexOf("data-option=\"" + options.get(1) + "\" data-rank=\"1\"")
        < results.body().indexOf("data-option=\"" + options.get(0) + "\" data-rank=\"2\""),
        "the page ranks as the count does: " + results.body());
    assertTrue(results.body().contains("Mention majoritaire : Très bien"), results.body());
  }
}
