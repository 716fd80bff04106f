package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parvis.it.BudgetCommune.envelopeId;
import static org.parvis.it.BudgetCommune.idea;
import static org.parvis.it.BudgetCommune.ok;
import static org.parvis.it.CitizensVoteInAParticipatoryBudgetIT.ballot;
import static org.parvis.it.CitizensVoteInAParticipatoryBudgetIT.selected;
import static org.parvis.it.CitizensVoteInAParticipatoryBudgetIT.votes;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parvis.budget.rules.AllocationRules;
import org.parvis.budget.rules.Ballot;
import org.parvis.budget.rules.Completion;
import org.parvis.budget.rules.Election;
import org.parvis.budget.rules.Project;
import org.parvis.budget.rules.Utility;
import org.parvis.testsupport.ParvisDeployment;
import org.parvis.testsupport.TenantHttp;

/**
 * Results are counted once when the vote closes and then read, not recounted: concurrent first
 * readers see one count, a vote cannot be reopened under published results, later changes on
 * the projects leave them as published, and only an administrator's recount, recorded with its
 * reason, replaces them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublishedResultsChangeOnlyByAnAuditedRecountIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ParvisDeployment.builtWar();
  }

  @Test
  void resultsStayAsPublishedUntilAnAdministratorRecountsThem() throws Exception {
    var commune = BudgetCommune.create("resultats-publies", "ROCHE", "BLANC", "GARNIER");
    // Equal shares, shown beside greedy counting, with this edition's own settings.
    var badSettings = commune.admin().post("/api/budget/editions", "{\"title\": \"x\","
        + " \"equalShares\": {\"completion\": \"add2\"}, \"ballot\": {\"kind\": \"APPROVAL\"},"
        + " \"calendar\": " + BudgetCommune.calendar(0) + ", \"envelopes\": [{\"name\": \"V\","
        + " \"amount\": 1, \"district\": false}]}");
    assertEquals(400, badSettings.status(), badSettings::toString);
    var created = commune.admin().post("/api/budget/editions", "{\"title\": \"Budget 2027\","
        + " \"allocationRule\": \"greedy\","
        + " \"equalShares\": {\"utility\": \"cardinality\", \"completion\": \"none\"},"
        + " \"ballot\": {\"kind\": \"APPROVAL\", \"maxChoices\": 3}, \"calendar\": "
        + BudgetCommune.calendar(0) + ", \"envelopes\": [{\"name\": \"Ville\","
        + " \"amount\": 50000, \"district\": false}]}");
    assertEquals(201, created.status(), created::toString);
    JsonObject edition = created.json();
    assertEquals("cardinality", edition.getJsonObject("equalShares").getString("utility"));
    assertEquals("none", edition.getJsonObject("equalShares").getString("completion"));
    String id = edition.getString("id");
    String city = envelopeId(edition, 0);
    String base = "/api/budget/editions/" + id;
    var author = commune.account("auteur");
    String square = idea(author, id, city, "Square", 30000);
    String benches = idea(author, id, city, "Bancs", 20000);
    String trees = idea(author, id, city, "Arbres", 25000);
    commune.moveTo(id, 1, "FEASIBILITY_REVIEW");
    commune.feasible(square, 30000);
    commune.feasible(benches, 20000);
    commune.feasible(trees, 25000);
    commune.moveTo(id, 2, "VOTE");
    ok(commune.verifiedResident("ROCHE").post(base + "/ballots", ballot(city, square, benches)));
    ok(commune.verifiedResident("BLANC").post(base + "/ballots", ballot(city, square, benches)));
    var garnier = commune.verifiedResident("GARNIER");
    ok(garnier.post(base + "/ballots", ballot(city, trees)));

    // The vote closes by its date, not by the administrator: the first readers count it, once.
    commune.moveTo(id, 3, "RESULTS");
    List<JsonObject> firstReads = parallelReads(commune.tenant().http(), base + "/results", 8);
    Set<String> countedAt = firstReads.stream().map(r -> countedAt(r))
        .collect(Collectors.toSet());
    assertEquals(1, countedAt.size(), "eight concurrent first readers see one count: " + countedAt);
    JsonObject published = firstReads.get(0);
    assertEquals(0, published.getInt("recounts"));
    var envelope = published.getJsonArray("envelopes").getJsonObject(0);
    assertEquals(Set.of(square, benches), selected(envelope, "funded"));
    assertEquals(Map.of(square, 2L, benches, 2L, trees, 1L), votes(envelope));
    var election = new Election(50000, List.of(new Project(square, 30000),
        new Project(benches, 20000), new Project(trees, 25000)),
        List.of(Ballot.approving(List.of(square, benches)),
            Ballot.approving(List.of(square, benches)), Ballot.approving(List.of(trees))));
    assertEquals(Set.copyOf(AllocationRules.of("equal-shares", Utility.CARDINALITY,
        Completion.NONE).allocate(election).selected()),
        selected(envelope, "fundedByEqualShares"),
        "equal shares as the edition set it: cardinality utility, no completion");

    // A late ballot is refused, and the vote cannot be reopened under published results.
    assertEquals(409, garnier.post(base + "/ballots", ballot(city, square)).status());
    var reopen = commune.admin().put(base + "/calendar", BudgetCommune.calendar(2));
    assertEquals(409, reopen.status(), reopen::toString);
    assertEquals("urn:parvis:problem:budget-results-published", reopen.json().getString("type"));

    // A moderator withdraws a funded project after the vote: the published results do not move.
    ok(commune.admin().post("/api/budget/ideas/" + square + "/hide",
        "{\"reason\": \"Terrain non disponible\"}"));
    var again = ok(commune.tenant().http().get(base + "/results")).json();
    assertEquals(countedAt(published), countedAt(again));
    assertEquals(Set.of(square, benches),
        selected(again.getJsonArray("envelopes").getJsonObject(0), "funded"),
        "reading the results does not count the ballots again");

    // Only an administrator recounts, with a reason; the recount is on record.
    String recount = "{\"reason\": \"Le square est retiré : terrain non disponible\"}";
    assertEquals(403, garnier.post(base + "/results/recount", recount).status());
    assertEquals(403, commune.staff().post(base + "/results/recount", recount).status());
    assertEquals(400, commune.admin().post(base + "/results/recount", "{\"reason\": \"\"}")
        .status());
    var recounted = ok(commune.admin().post(base + "/results/recount", recount)).json();
    assertEquals(1, recounted.getInt("recounts"));
    assertFalse(countedAt(recounted).equals(countedAt(published)));
    var recountedEnvelope = recounted.getJsonArray("envelopes").getJsonObject(0);
    assertEquals(Set.of(benches, trees), selected(recountedEnvelope, "funded"),
        "without the square, greedy counting funds the benches and the trees");
    assertEquals(3, recountedEnvelope.getInt("ballots"),
        "the ballots that chose the square still count");
    assertEquals(45000, recountedEnvelope.getJsonNumber("spent").longValue());
    assertEquals(countedAt(recounted),
        countedAt(ok(commune.tenant().http().get(base + "/results")).json()));

    assertEquals(403, garnier.get(base + "/results/recounts").status());
    var audit = ok(commune.admin().get(base + "/results/recounts")).jsonArray();
    assertEquals(1, audit.size(), audit::toString);
    var entry = audit.getJsonObject(0);
    assertEquals("Le square est retiré : terrain non disponible", entry.getString("reason"));
    assertTrue(entry.getBoolean("fundedChanged"));
    assertFalse(entry.getString("requestedBy").isBlank());
  }

  /** When the published results were counted (as the API writes instants). */
  private static String countedAt(JsonObject results) {
    return results.getString("countedAt");
  }

  private static List<JsonObject> parallelReads(TenantHttp http, String path, int count)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(count);
    try {
      List<Future<TenantHttp.Reply>> futures = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        futures.add(pool.submit(() -> http.get(path)));
      }
      List<JsonObject> replies = new ArrayList<>();
      for (var future : futures) {
        replies.add(ok(future.get()).json());
      }
      return replies;
    } finally {
      pool.shutdownNow();
    }
  }
}
