package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parvis.it.BudgetCommune.envelopeId;
import static org.parvis.it.BudgetCommune.idea;
import static org.parvis.it.CitizensVoteInAParticipatoryBudgetIT.ballot;

import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parvis.testsupport.ParvisDeployment;
import org.parvis.testsupport.TenantHttp;

/**
 * The server checks every ballot against its edition's rules — approval limits, the envelope of a
 * knapsack ballot, the points of a cumulative one, the projects on the ballot — and answers a
 * 422 problem naming the broken rule; nothing is stored, an earlier ballot stays as it was.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BallotRulesAreEnforcedIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ParvisDeployment.builtWar();
  }

  /** An edition in its vote phase with projects a (30000), b (20000), c (10000) in envelope 0. */
  private record Vote(BudgetCommune commune, String base, String city, String other, String a,
      String b, String c, String onlyInOther, String infeasible) {

    static Vote of(String prefix, String ballotRules) {
      var commune = BudgetCommune.create(prefix, "DURAND");
      var edition = commune.edition("greedy", ballotRules,
          "[{\"name\": \"Ville\", \"amount\": 50000, \"district\": false},"
              + " {\"name\": \"Quartier\", \"amount\": 10000, \"district\": true}]");
      String id = edition.getString("id");
      String city = envelopeId(edition, 0);
      String other = envelopeId(edition, 1);
      var author = commune.account("auteur");
      String a = idea(author, id, city, "Projet A", 30000);
      String b = idea(author, id, city, "Projet B", 20000);
      String c = idea(author, id, city, "Projet C", 10000);
      String d = idea(author, id, other, "Projet D", 5000);
      String e = idea(author, id, city, "Projet E", 5000);
      commune.moveTo(id, 1, "FEASIBILITY_REVIEW");
      commune.feasible(a, 30000);
      commune.feasible(b, 20000);
      commune.feasible(c, 10000);
      commune.feasible(d, 5000);
      BudgetCommune.ok(commune.staff().post("/api/budget/ideas/" + e + "/review",
          "{\"feasible\": false, \"reason\": \"Terrain privé\"}"));
      commune.moveTo(id, 2, "VOTE");
      return new Vote(commune, "/api/budget/editions/" + id, city, other, a, b, c, d, e);
    }

    void refused(TenantHttp voter, String body, String rule) {
      var reply = voter.post(base + "/ballots", body);
      assertEquals(422, reply.status(), reply::toString);
      assertTrue(reply.isProblem(), reply::toString);
      assertEquals("urn:parvis:problem:budget-ballot-rule", reply.json().getString("type"));
      assertEquals(rule, reply.json().getString("rule"), reply::toString);
      assertTrue(reply.json().getString("detail").contains(rule), reply::toString);
    }

    int stored(TenantHttp voter) {
      return voter.get(base + "/ballots/mine").jsonArray().size();
    }
  }

  @Test
  void approvalBallotsRespectTheMinimumTheMaximumAndTheBallotsProjects() {
    var vote = Vote.of("regles-approbation",
        "{\"kind\": \"APPROVAL\", \"maxChoices\": 2, \"minChoices\": 2}");
    var voter = vote.commune().verifiedResident("DURAND");

    vote.refused(voter, ballot(vote.city(), vote.a(), vote.b(), vote.c()), "approval-maximum");
    vote.refused(voter, ballot(vote.city(), vote.a()), "approval-minimum");
    vote.refused(voter, "{\"envelope\": \"" + vote.city() + "\", \"projects\": []}",
        "ballot-empty");
    vote.refused(voter, ballot(vote.city(), vote.a(), vote.a()), "project-repeated");
    vote.refused(voter, ballot(vote.city(), vote.a(), vote.onlyInOther()), "project-not-on-ballot");
    vote.refused(voter, ballot(vote.city(), vote.a(), vote.infeasible()), "project-not-on-ballot");
    assertEquals(0, vote.stored(voter), "a refused ballot stores nothing");

    assertEquals(201, voter.post(vote.base() + "/ballots",
        ballot(vote.city(), vote.a(), vote.b())).status());
    vote.refused(voter, ballot(vote.city(), vote.a(), vote.b(), vote.c()), "approval-maximum");
    var mine = voter.get(vote.base() + "/ballots/mine").jsonArray();
    assertEquals(1, mine.size());
    assertEquals(Set.of(vote.a(), vote.b()), mine.getJsonObject(0).getJsonObject("points").keySet(),
        "a refused change leaves the earlier ballot as it was");
  }

  @Test
  void knapsackBallotsStayWithinTheEnvelopeAndSpendTheMinimumShare() {
    var vote = Vote.of("regles-sac",
        "{\"kind\": \"KNAPSACK\", \"minSpentPercent\": 50}");
    var voter = vote.commune().verifiedResident("DURAND");
    assertTrue(vote.commune().tenant().http().get(vote.base()).json().getJsonArray("envelopes")
        .getJsonObject(0).getJsonObject("rules").getString("en").contains("50%"));

    vote.refused(voter, ballot(vote.city(), vote.a(), vote.b(), vote.c()), "knapsack-budget");
    vote.refused(voter, ballot(vote.city(), vote.c()), "knapsack-minimum-spent");
    assertEquals(0, vote.stored(voter));

    var accepted = voter.post(vote.base() + "/ballots", ballot(vote.city(), vote.a(), vote.b()));
    assertEquals(201, accepted.status(), accepted::toString);
    assertEquals(50000, accepted.json().getJsonNumber("totalCost").longValue());
  }

  @Test
  void cumulativeBallotsGiveAtMostTheirPointsAndAtLeastOnePerProject() {
    var vote = Vote.of("regles-points", "{\"kind\": \"CUMULATIVE\", \"points\": 5}");
    var voter = vote.commune().verifiedResident("DURAND");

    vote.refused(voter, points(vote.city(), vote.a(), 4, vote.b(), 2), "cumulative-points");
    vote.refused(voter, points(vote.city(), vote.a(), 0, vote.b(), 2), "points-per-project");
    vote.refused(voter, points(vote.city(), vote.a(), 1, vote.infeasible(), 1),
        "project-not-on-ballot");
    assertEquals(0, vote.stored(voter));

    assertEquals(201, voter.post(vote.base() + "/ballots",
        points(vote.city(), vote.a(), 3, vote.b(), 2)).status());
    var mine = voter.get(vote.base() + "/ballots/mine").jsonArray().getJsonObject(0);
    assertEquals(3, mine.getJsonObject("points").getInt(vote.a()));
  }

  @Test
  void paperBallotsAreCheckedTheSameWay() {
    var vote = Vote.of("regles-papier",
        "{\"kind\": \"APPROVAL\", \"maxChoices\": 1}");
    var reply = vote.commune().staff().post(vote.base() + "/paper-ballots",
        "{\"lastName\": \"DURAND\", \"firstNames\": \"Camille\", \"birthDate\": \"1980-01-01\","
            + " \"envelope\": \"" + vote.city() + "\", \"projects\": [\""
            + vote.a() + "\", \"" + vote.b() + "\"]}");
    assertEquals(422, reply.status(), reply::toString);
    assertEquals("approval-maximum", reply.json().getString("rule"));
  }

  private static String points(String envelope, String p1, int n1, String p2, int n2) {
    return "{\"envelope\": \"" + envelope + "\", \"points\": {\"" + p1 + "\": " + n1 + ", \""
        + p2 + "\": " + n2 + "}}";
  }
}
