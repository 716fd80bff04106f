package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parvis.it.BudgetCommune.envelopeId;
import static org.parvis.it.BudgetCommune.idea;
import static org.parvis.it.BudgetCommune.ok;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.parvis.budget.rules.pabulib.PabulibReader;
import org.parvis.testsupport.ParvisDeployment;

/**
 * One edition of a commune's participatory budget from start to end: citizens submit and support
 * ideas, a moderator hides one, staff review them (feasible, infeasible, duplicate), verified
 * residents vote and change their mind, staff enter a paper ballot, the administrator closes the
 * vote, and the results fund projects per envelope under the edition's rule.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CitizensVoteInAParticipatoryBudgetIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ParvisDeployment.builtWar();
  }

  @Test
  void ideasBecomeProjectsThatResidentsVoteForAndTheResultsFundThem() {
    var commune = BudgetCommune.create("budget-cycle", "DUPONT", "MARTIN", "BERNARD");
    JsonObject edition = commune.edition("equal-shares",
        "{\"kind\": \"APPROVAL\", \"maxChoices\": 2, \"minChoices\": 1}",
        "[{\"name\": \"Toute la ville\", \"amount\": 100000, \"district\": false},"
            + " {\"name\": \"Berriat\", \"amount\": 50000, \"district\": true}]");
    String id = edition.getString("id");
    String city = envelopeId(edition, 0);
    String berriat = envelopeId(edition, 1);
    String base = "/api/budget/editions/" + id;
    assertTrue(edition.getJsonArray("envelopes").getJsonObject(0).getJsonObject("rules")
        .getString("fr").contains("au plus 2 projets"), edition::toString);

    // Idea submission: any signed-in person proposes and supports.
    var alice = commune.account("alice");
    var bob = commune.account("bob");
    String park = idea(alice, id, city, "Un parc pour tous", 55000);
    String library = idea(bob, id, city, "Bibliothèque de rue", 40000);
    String bikes = idea(alice, id, city, "Pistes cyclables", 50000);
    String parkAgain = idea(bob, id, city, "Un grand parc", 70000);
    String fountain = idea(bob, id, berriat, "Fontaine place Saint-Bruno", 20000);
    String airport = idea(alice, id, city, "Un aéroport", 90000);
    String spam = idea(bob, id, city, "Publicité", 1);
    assertEquals(401, commune.tenant().http().post(base + "/ideas", "{}").status());
    assertEquals(201, bob.post("/api/budget/ideas/" + park + "/supports", null).status());
    assertEquals(201, alice.post("/api/budget/ideas/" + parkAgain + "/supports", null).status());
    assertEquals(409, bob.post("/api/budget/ideas/" + park + "/supports", null).status());

    // Moderation: hidden with a reason, gone from the public list.
    assertEquals(403, alice.post("/api/budget/ideas/" + spam + "/hide",
        "{\"reason\": \"Publicité\"}").status());
    ok(commune.admin().post("/api/budget/ideas/" + spam + "/hide",
        "{\"reason\": \"Contenu publicitaire\"}"));
    assertFalse(commune.tenant().http().get(base + "/ideas").body().contains(spam));
    assertEquals(404, commune.tenant().http().get("/api/budget/ideas/" + spam).status());
    assertTrue(commune.admin().get(base + "/ideas").body().contains("Contenu publicitaire"));

    // Feasibility review by staff, not by citizens, and not during submission's successor phases.
    commune.moveTo(id, 1, "FEASIBILITY_REVIEW");
    assertEquals(409, alice.post(base + "/ideas", "{\"envelopeId\": \"" + city + "\","
        + " \"title\": \"Trop tard\", \"description\": \"x\", \"category\": \"x\","
        + " \"estimatedCost\": 1}").status());
    assertEquals(403, alice.post("/api/budget/ideas/" + park + "/review",
        "{\"feasible\": true, \"reason\": \"moi\", \"finalCost\": 1}").status());
    commune.feasible(park, 60000);
    commune.feasible(library, 40000);
    commune.feasible(bikes, 50000);
    commune.feasible(fountain, 20000);
    var infeasible = ok(commune.staff().post("/api/budget/ideas/" + airport + "/review",
        "{\"feasible\": false, \"reason\": \"Hors des compétences de la commune\"}")).json();
    assertEquals("INFEASIBLE", infeasible.getString("status"));
    assertEquals("Hors des compétences de la commune", infeasible.getString("publicReason"));
    var merged = ok(commune.staff().post("/api/budget/ideas/" + parkAgain + "/merge",
        "{\"into\": \"" + park + "\", \"reason\": \"Même projet de parc\"}")).json();
    assertEquals("MERGED", merged.getString("status"));
    var parkNow = commune.tenant().http().get("/api/budget/ideas/" + park).json();
    assertEquals(2, parkNow.getInt("supports"), "the duplicate's supporters count for the park");
    assertEquals(60000, parkNow.getJsonNumber("finalCost").longValue());

    // Not yet the vote.
    var dupont = commune.verifiedResident("DUPONT");
    String approve = "{\"envelope\": \"" + city + "\", \"projects\": [\"" + park + "\"]}";
    assertEquals(409, dupont.post(base + "/ballots", approve).status());

    // The vote: verified residents only, one ballot per person and scope, changeable.
    commune.moveTo(id, 2, "VOTE");
    var unverified = commune.account("curieux");
    var refused = unverified.post(base + "/ballots", approve);
    assertEquals(403, refused.status(), refused::toString);
    assertEquals("urn:parvis:problem:residency-verification-required",
        refused.json().getString("type"));

    assertEquals(201, dupont.post(base + "/ballots", ballot(city, park, library)).status());
    assertEquals(201, dupont.post(base + "/ballots", ballot(berriat, fountain)).status());
    var martin = commune.verifiedResident("MARTIN");
    assertEquals(201, martin.post(base + "/ballots", ballot(city, bikes)).status());
    var changed = martin.post(base + "/ballots", ballot(city, park));
    assertEquals(200, changed.status(), changed::toString);
    var martinsBallots = martin.get(base + "/ballots/mine").jsonArray();
    assertEquals(1, martinsBallots.size(), martinsBallots::toString);
    assertEquals(Set.of(park), martinsBallots.getJsonObject(0).getJsonObject("points").keySet());
    var bernard = commune.verifiedResident("BERNARD");
    assertEquals(201, bernard.post(base + "/ballots", ballot(city, park, bikes)).status());
    assertEquals(422, bernard.post(base + "/ballots", ballot(city, airport)).status());
    assertEquals(422, bernard.post(base + "/ballots", ballot(city, parkAgain)).status());

    // A paper ballot, entered by staff, counted like the others; citizens cannot enter one.
    String paper = "{\"lastName\": \"LEROY\", \"firstNames\": \"Dominique\","
        + " \"birthDate\": \"1975-03-04\", \"envelope\": \"" + city + "\","
        + " \"projects\": [\"" + library + "\"]}";
    assertEquals(403, dupont.post(base + "/paper-ballots", paper).status());
    var entered = commune.staff().post(base + "/paper-ballots", paper);
    assertEquals(201, entered.status(), entered::toString);
    assertEquals("PAPER", entered.json().getString("channel"));

    assertEquals(409, commune.tenant().http().get(base + "/results").status());
    var keep = commune.admin().delete("/api/admin/modules/budget/enabled");
    assertEquals(409, keep.status(), "the module cannot be disabled during a vote: " + keep);

    // Close: no more ballots; the results.
    assertEquals(403, dupont.post(base + "/vote/close", null).status());
    assertEquals("RESULTS", ok(commune.admin().post(base + "/vote/close", null)).json()
        .getString("phase"));
    var late = martin.post(base + "/ballots", ballot(city, bikes));
    assertEquals(409, late.status(), late::toString);

    var results = ok(commune.tenant().http().get(base + "/results")).json();
    assertEquals("equal-shares", results.getString("rule"));
    var cityResult = envelope(results, city);
    assertEquals(4, cityResult.getInt("ballots"), "three residents and one paper ballot");
    Map<String, Long> votes = votes(cityResult);
    assertEquals(Map.of(park, 3L, library, 2L, bikes, 1L), votes,
        "only feasible, visible, unmerged ideas are on the ballot; a changed ballot counts once");
    assertTrue(cityResult.getJsonNumber("spent").longValue() <= 100000);

    // The server's choice is the allocation rule's choice on the same ballots.
    var election = new Election(100000,
        List.of(new Project(park, 60000), new Project(library, 40000), new Project(bikes, 50000)),
        List.of(Ballot.approving(List.of(park, library)), Ballot.approving(List.of(park)),
            Ballot.approving(List.of(park, bikes)), Ballot.approving(List.of(library))));
    assertEquals(Set.copyOf(AllocationRules.of("equal-shares", Utility.COST, Completion.ADD1)
        .allocate(election).selected()), selected(cityResult, "funded"));
    assertEquals(Set.copyOf(AllocationRules.of("greedy", Utility.COST, Completion.NONE)
        .allocate(election).selected()), selected(cityResult, "fundedByGreedy"));
    assertTrue(selected(cityResult, "fundedByGreedy").contains(park),
        "the most supported project fits the envelope: greedy counting funds it");

    var berriatResult = envelope(results, berriat);
    assertEquals(1, berriatResult.getInt("ballots"));
    assertEquals(Set.of(fountain), selected(berriatResult, "funded"));
    assertEquals(20000, berriatResult.getJsonNumber("spent").longValue());

    var chart = commune.tenant().http().send("GET", base + "/results/chart.svg", null,
        "image/svg+xml");
    assertEquals(200, chart.status(), chart::toString);
    assertTrue(chart.body().startsWith("<svg") && chart.body().contains("Un parc pour tous"));

    // Anyone can re-count from the anonymised Pabulib export.
    var exported = commune.tenant().http().send("GET",
        base + "/results/envelopes/" + city + "/pabulib", null, "text/plain");
    assertEquals(200, exported.status(), exported::toString);
    assertFalse(exported.body().contains("LEROY") || exported.body().contains("resident:")
        || exported.body().contains("person:") || exported.body().contains("paper:"),
        exported.body());
    var instance = PabulibReader.read(new StringReader(exported.body()), "export");
    assertEquals(4, instance.election().ballots().size());
    assertEquals(Set.of(park, library, bikes), instance.election().projects().stream()
        .map(Project::id).collect(java.util.stream.Collectors.toSet()));
    assertEquals(Set.copyOf(AllocationRules.of("equal-shares", Utility.COST, Completion.ADD1)
        .allocate(instance.election()).selected()), selected(cityResult, "funded"),
        "a re-count from the export gives the published result");
  }

  static String ballot(String envelope, String... projects) {
    return "{\"envelope\": \"" + envelope + "\", \"projects\": [\"" + String.join("\", \"", projects)
        + "\"]}";
  }

  static JsonObject envelope(JsonObject results, String envelopeId) {
    return results.getJsonArray("envelopes").stream().map(v -> v.asJsonObject())
        .filter(e -> e.getString("id").equals(envelopeId)).findFirst().orElseThrow();
  }

  static Map<String, Long> votes(JsonObject envelope) {
    Map<String, Long> votes = new HashMap<>();
    envelope.getJsonArray("projects").forEach(p -> votes.put(p.asJsonObject().getString("id"),
        p.asJsonObject().getJsonNumber("votes").longValue()));
    return votes;
  }

  static Set<String> selected(JsonObject envelope, String flag) {
    Set<String> ids = new HashSet<>();
    envelope.getJsonArray("projects").forEach(p -> {
      if (p.asJsonObject().getBoolean(flag)) {
        ids.add(p.asJsonObject().getString("id"));
      }
    });
    return ids;
  }
}
