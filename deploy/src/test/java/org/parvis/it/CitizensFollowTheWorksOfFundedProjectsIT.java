package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parvis.it.BudgetCommune.envelopeId;
import static org.parvis.it.BudgetCommune.idea;
import static org.parvis.it.BudgetCommune.ok;
import static org.parvis.it.CitizensVoteInAParticipatoryBudgetIT.ballot;

import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parvis.testsupport.ParvisDeployment;

/**
 * After the vote, staff report on the works of funded projects — status, progress, dated
 * milestones — and anyone follows them through the API and the portal; a project the results do
 * not fund has no follow-up.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CitizensFollowTheWorksOfFundedProjectsIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ParvisDeployment.builtWar();
  }

  @Test
  void staffReportTheWorksOfFundedProjectsAndEveryoneFollowsThem() {
    var commune = BudgetCommune.create("suivi-travaux", "LEROY", "MOREL");
    JsonObject edition = commune.edition("greedy", "{\"kind\": \"APPROVAL\", \"maxChoices\": 1}",
        "[{\"name\": \"Ville\", \"amount\": 30000, \"district\": false}]");
    String id = edition.getString("id");
    String city = envelopeId(edition, 0);
    String base = "/api/budget/editions/" + id;
    var author = commune.account("auteur");
    String playground = idea(author, id, city, "Aire de jeux <rénovée>", 25000);
    String mural = idea(author, id, city, "Fresque murale", 20000);
    commune.moveTo(id, 1, "FEASIBILITY_REVIEW");
    commune.feasible(playground, 25000);
    commune.feasible(mural, 20000);
    commune.moveTo(id, 2, "VOTE");
    var leroy = commune.verifiedResident("LEROY");
    ok(leroy.post(base + "/ballots", ballot(city, playground)));
    ok(commune.verifiedResident("MOREL").post(base + "/ballots", ballot(city, playground)));

    // Before the results, nothing is funded, so nothing is followed up.
    String followUp = "/api/budget/projects/" + playground + "/follow-up";
    assertEquals(409, commune.tenant().http().get(followUp).status());
    ok(commune.admin().post(base + "/vote/close", null));

    // Funded: planned, 0 %, until staff report on it.
    var planned = ok(commune.tenant().http().get(followUp)).json();
    assertEquals("PLANNED", planned.getString("status"));
    assertEquals(0, planned.getInt("progress"));
    var notFunded = commune.staff().put("/api/budget/projects/" + mural + "/follow-up",
        "{\"status\": \"IN_WORKS\", \"progress\": 10}");
    assertEquals(409, notFunded.status(), notFunded::toString);
    assertEquals("urn:parvis:problem:budget-not-funded", notFunded.json().getString("type"));

    // Only staff and administrators report; progress is a percentage; abandoning needs a reason.
    String inWorks = "{\"status\": \"IN_WORKS\", \"progress\": 40}";
    assertEquals(403, leroy.put(followUp, inWorks).status());
    assertEquals(401, commune.tenant().http().put(followUp, inWorks).status());
    assertEquals(400, commune.staff().put(followUp, "{\"status\": \"IN_WORKS\", \"progress\": 140}")
        .status());
    assertEquals(400, commune.staff().put(followUp, "{\"status\": \"ABANDONED\", \"progress\": 0}")
        .status());
    assertEquals(400, commune.staff().put(followUp, "{\"status\": \"DONE\", \"progress\": 90}")
        .status());
    var reported = ok(commune.staff().put(followUp, inWorks)).json();
    assertEquals("IN_WORKS", reported.getString("status"));
    assertEquals(40, reported.getInt("progress"));

    // Dated milestones, planned then reached; a wrong one removed.
    var study = commune.staff().post(followUp + "/milestones",
        "{\"title\": \"Étude des sols\", \"plannedOn\": \"2027-03-01\"}");
    assertEquals(201, study.status(), study::toString);
    String studyId = study.json().getString("id");
    var opening = commune.staff().post(followUp + "/milestones",
        "{\"title\": \"Inauguration\", \"plannedOn\": \"2027-09-15\"}");
    assertEquals(201, opening.status(), opening::toString);
    var typo = ok(commune.admin().post(followUp + "/milestones",
        "{\"title\": \"Erreur\", \"plannedOn\": \"2027-01-01\"}")).json();
    assertEquals(403, leroy.post(followUp + "/milestones",
        "{\"title\": \"Moi\", \"plannedOn\": \"2027-01-01\"}").status());
    assertEquals(400, commune.staff().post(followUp + "/milestones", "{\"title\": \"Sans date\"}")
        .status());
    ok(commune.staff().put(followUp + "/milestones/" + studyId,
        "{\"title\": \"Étude des sols\", \"plannedOn\": \"2027-03-01\","
            + " \"reachedOn\": \"2027-03-10\"}"));
    assertEquals(204, commune.staff().delete(followUp + "/milestones/" + typo.getString("id"))
        .status());
    assertEquals(404, commune.staff().delete("/api/budget/projects/" + playground
        + "/follow-up/milestones/" + typo.getString("id")).status());

    var followed = ok(commune.tenant().http().get(followUp)).json();
    var milestones = followed.getJsonArray("milestones");
    assertEquals(List.of("Étude des sols", "Inauguration"), milestones.stream()
        .map(m -> m.asJsonObject().getString("title")).toList());
    assertEquals("2027-03-10", milestones.getJsonObject(0).getString("reachedOn"));
    assertTrue(milestones.getJsonObject(1).isNull("reachedOn"));

    // The portal: the results page lists funded projects with their status; the project page
    // shows the follow-up, escaped.
    var results = commune.tenant().http().getHtml("/budget/" + id + "/results");
    assertEquals(200, results.status(), results::toString);
    assertTrue(results.body().contains("data-status=\"IN_WORKS\"") && results.body()
        .contains("/budget/" + id + "/projects/" + playground), results.body());
    assertFalse(results.body().contains("/budget/" + id + "/projects/" + mural),
        "only funded projects are listed for follow-up");
    var page = commune.tenant().http().getHtml("/budget/" + id + "/projects/" + playground);
    assertEquals(200, page.status(), page::toString);
    assertTrue(page.body().contains("Aire de jeux &lt;rénovée&gt;"), page.body());
    assertTrue(page.body().contains("<progress max=\"100\" value=\"40\""), page.body());
    assertTrue(page.body().contains("datetime=\"2027-03-10\""), page.body());
    assertFalse(page.body().contains("<rénovée>"));

    // Abandoned, with the reason in public.
    var abandoned = ok(commune.staff().put(followUp,
        "{\"status\": \"ABANDONED\", \"progress\": 40, \"reason\": \"Sol pollué\"}")).json();
    assertEquals("Sol pollué", abandoned.getString("abandonReason"));
    assertTrue(commune.tenant().http().getHtml("/budget/" + id + "/projects/" + playground)
        .body().contains("Sol pollué"));
    var unfundedPage = commune.tenant().http().getHtml("/budget/" + id + "/projects/" + mural);
    assertEquals(200, unfundedPage.status());
    assertFalse(unfundedPage.body().contains("<progress"), unfundedPage.body());
  }
}
