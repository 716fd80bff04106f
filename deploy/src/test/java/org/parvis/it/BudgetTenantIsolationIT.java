package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.parvis.it.BudgetCommune.envelopeId;
import static org.parvis.it.BudgetCommune.idea;
import static org.parvis.it.CitizensVoteInAParticipatoryBudgetIT.ballot;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parvis.testsupport.ParvisDeployment;

/** Another tenant sees nothing of a tenant's budget: editions, ideas, ballots, results. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BudgetTenantIsolationIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ParvisDeployment.builtWar();
  }

  @Test
  void anotherTenantSeesNothingOfABudget() {
    var a = BudgetCommune.create("budget-a", "LEROY");
    var b = BudgetCommune.create("budget-b", "LEROY");
    var edition = a.edition("greedy", "{\"kind\": \"APPROVAL\", \"maxChoices\": 1}",
        "[{\"name\": \"Ville\", \"amount\": 1000, \"district\": false}]");
    String id = edition.getString("id");
    String city = envelopeId(edition, 0);
    String project = idea(a.account("auteur"), id, city, "Projet secret de A", 500);
    a.moveTo(id, 1, "FEASIBILITY_REVIEW");
    a.feasible(project, 500);
    a.moveTo(id, 2, "VOTE");
    String base = "/api/budget/editions/" + id;
    assertEquals(201, a.verifiedResident("LEROY").post(base + "/ballots", ballot(city, project))
        .status());

    var inB = b.tenant().http();
    assertEquals("[]", inB.get("/api/budget/editions").body().replace(" ", ""));
    assertEquals(404, inB.get(base).status());
    assertEquals(404, inB.get(base + "/ideas").status());
    assertEquals(404, inB.get("/api/budget/ideas/" + project).status());
    var leroyInB = b.verifiedResident("LEROY");
    assertEquals(404, leroyInB.post(base + "/ballots", ballot(city, project)).status());
    assertEquals(404, leroyInB.get(base + "/ballots/mine").status());
    assertEquals(404, b.staff().post("/api/budget/ideas/" + project + "/review",
        "{\"feasible\": false, \"reason\": \"intrusion\"}").status());
    assertEquals(404, b.admin().put(base + "/calendar", BudgetCommune.calendar(0)).status());
    assertEquals(404, b.admin().post(base + "/vote/close", null).status());
    assertFalse(b.admin().get("/api/budget/editions").body().contains("secret"));

    // The module's endpoints answer 404 in a tenant that has not enabled it.
    var c = org.parvis.testsupport.TenantFixtures.commune("budget-c");
    assertEquals(404, c.http().get("/api/budget/editions").status());

    // A's edition is untouched: still in its vote, the ballot still there.
    assertEquals("VOTE", a.tenant().http().get(base).json().getString("phase"));

    // Published results, their recount and the follow-up of funded projects stay in A.
    assertEquals(200, a.admin().post(base + "/vote/close", null).status());
    assertEquals(200, a.tenant().http().get(base + "/results").status());
    String followUp = "/api/budget/projects/" + project + "/follow-up";
    assertEquals(200, a.staff().put(followUp, "{\"status\": \"IN_STUDY\", \"progress\": 5}")
        .status());
    assertEquals(404, inB.get(base + "/results").status());
    assertEquals(404, b.admin().post(base + "/results/recount", "{\"reason\": \"intrusion\"}")
        .status());
    assertEquals(404, b.admin().get(base + "/results/recounts").status());
    assertEquals(404, inB.get(followUp).status());
    assertEquals(404, b.staff().put(followUp, "{\"status\": \"DONE\", \"progress\": 100}")
        .status());
    assertEquals(404, b.staff().post(followUp + "/milestones",
        "{\"title\": \"intrusion\", \"plannedOn\": \"2027-01-01\"}").status());
    assertEquals("IN_STUDY", a.tenant().http().get(followUp).json().getString("status"));
  }
}
