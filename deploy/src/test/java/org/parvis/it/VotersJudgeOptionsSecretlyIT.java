package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parvis.it.VerifiedCommune.ok;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parvis.testsupport.ParvisDeployment;
import org.parvis.testsupport.TenantHttp;

/**
 * Verified residents grade the options of a local vote by majority judgment, once each, even
 * with parallel requests; the results rank the options with the merit profiles and say nothing
 * of who voted what; another commune sees nothing of it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VotersJudgeOptionsSecretlyIT {

  private static final String VOTATIONS = "/api/votations";
  private static final List<String> OPTIONS = List.of("Parc", "Piscine", "Médiathèque");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ParvisDeployment.builtWar();
  }

  private record Vote(VerifiedCommune commune, String id, List<String> optionIds) {

    static Vote open(VerifiedCommune commune) {
      String closes = Instant.now().plus(7, ChronoUnit.DAYS).toString();
      var created = commune.admin().post(VOTATIONS, "{\"question\": \"Quel équipement en 2027 ?\","
          + " \"method\": \"MAJORITY_JUDGMENT\", \"options\": [\"Parc\", \"Piscine\", \"Médiathèque\"],"
          + " \"closesAt\": \"" + closes + "\"}");
      assertEquals(201, created.status(), created::toString);
      JsonObject json = created.json();
      assertEquals("OPEN", json.getString("status"));
      assertEquals("Excellent", json.getJsonArray("grades").getString(0));
      List<String> ids = json.getJsonArray("options").stream()
          .map(o -> o.asJsonObject().getString("id")).toList();
      return new Vote(commune, json.getString("id"), ids);
    }

    /** A ballot grading Parc, Piscine, Médiathèque in that order. */
    String ballot(String parc, String piscine, String mediatheque) {
      return "{\"grades\": {\"" + optionIds.get(0) + "\": \"" + parc + "\", \"" + optionIds.get(1)
          + "\": \"" + piscine + "\", \"" + optionIds.get(2) + "\": \"" + mediatheque + "\"}}";
    }

    TenantHttp.Reply cast(TenantHttp voter, String ballot) {
      return voter.post(VOTATIONS + "/" + id + "/ballots", ballot);
    }
  }

  @Test
  void majorityJudgmentRanksTheOptionsAndKeepsTheBallotSecret() throws Exception {
    var commune = VerifiedCommune.enabling("jugement", "votations", "{}");
    var vote = Vote.open(commune);
    assertEquals(403, commune.account("non-verifie").post(VOTATIONS + "/" + vote.id() + "/ballots",
        vote.ballot("Bien", "Bien", "Bien")).status());

    // All three options have the majority grade "Bien"; removing median grades separates them.
    String[][] ballots = {
        {"Excellent", "Excellent", "Très bien"},
        {"Très bien", "Excellent", "Bien"},
        {"Bien", "Bien", "Bien"},
        {"Bien", "Bien", "Bien"},
        {"Assez bien", "Insuffisant", "Passable"}};
    List<TenantHttp> voters = new ArrayList<>();
    for (int i = 0; i < ballots.length; i++) {
      var voter = commune.verifiedCitizen(i + 1);
      voters.add(voter);
      var cast = vote.cast(voter, vote.ballot(ballots[i][0], ballots[i][1], ballots[i][2]));
      assertEquals(201, cast.status(), cast::toString);
    }
    var second = vote.cast(voters.get(0), vote.ballot("À rejeter", "À rejeter", "À rejeter"));
    assertEquals(409, second.status(), second::toString);
    assertEquals("urn:parvis:problem:already-voted", second.json().getString("type"));
    assertEquals(400, vote.cast(commune.verifiedCitizen(20), vote.ballot("Sublime", "Bien", "Bien")).status());
    assertEquals(409, commune.tenant().http().get(VOTATIONS + "/" + vote.id() + "/results").status(),
        "no partial results while voting");

    // The sixth voter sends the same ballot many times at once: one ballot is counted.
    var sixth = commune.verifiedCitizen(6);
    String sixthBallot = vote.ballot("Passable", "À rejeter", "Passable");
    int parallel = 12;
    ExecutorService pool = Executors.newFixedThreadPool(parallel);
    int created = 0;
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<CompletableFuture<TenantHttp.Reply>> replies = new ArrayList<>();
      for (int i = 0; i < parallel; i++) {
        replies.add(CompletableFuture.supplyAsync(() -> {
          try {
            start.await();
          } catch (InterruptedException e) {
            throw new IllegalStateException(e);
          }
          return vote.cast(sixth, sixthBallot);
        }, pool));
      }
      start.countDown();
      for (var reply : replies) {
        var r = reply.get();
        assertTrue(r.status() == 201 || r.status() == 409, r::toString);
        created += r.status() == 201 ? 1 : 0;
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, created, "one ballot for the sixth voter");

    var mine = sixth.get(VOTATIONS + "/" + vote.id()).json();
    assertTrue(mine.containsKey("hasVoted"), mine::toString);
    assertTrue(mine.getBoolean("hasVoted"));
    assertEquals(6, mine.getJsonNumber("participants").longValue());
    assertFalse(commune.verifiedCitizen(21).get(VOTATIONS + "/" + vote.id()).json().getBoolean("hasVoted"));

    ok(commune.admin().post(VOTATIONS + "/" + vote.id() + "/closing", null));
    assertEquals(409, vote.cast(commune.verifiedCitizen(22), vote.ballot("Bien", "Bien", "Bien")).status());

    var results = ok(commune.tenant().http().get(VOTATIONS + "/" + vote.id() + "/results"));
    var json = results.json();
    assertEquals(6, json.getJsonNumber("ballots").longValue());
    assertEquals(6, json.getJsonNumber("participants").longValue());
    var ranking = json.getJsonArray("options");
    assertEquals(List.of("Parc#1", "Médiathèque#2", "Piscine#3"), ranking.stream()
        .map(o -> o.asJsonObject().getString("label") + "#" + o.asJsonObject().getInt("rank")).toList());
    ranking.forEach(o -> assertEquals("Bien", o.asJsonObject().getString("majorityGrade")));
    var parcProfile = ranking.getJsonObject(0).getJsonArray("meritProfile").stream()
        .map(g -> g.asJsonObject().getString("grade") + "=" + g.asJsonObject().getInt("count")).toList();
    assertEquals(List.of("Excellent=1", "Très bien=1", "Bien=2", "Assez bien=1", "Passable=1",
        "Insuffisant=0", "À rejeter=0"), parcProfile);

    // The results are aggregates: no ballot, no voter, only these fields.
    assertEquals(java.util.Set.of("method", "ballots", "participants", "options"), json.keySet());
    ranking.forEach(o -> assertTrue(java.util.Set.of("id", "label", "rank", "votes", "majorityGrade",
        "meritProfile").containsAll(o.asJsonObject().keySet()), o::toString));
  }

  @Test
  void anotherTenantSeesNothingOfAVotation() {
    var here = VerifiedCommune.enabling("vote-ici", "votations", "{}");
    var there = VerifiedCommune.enabling("vote-ailleurs", "votations", "{}");
    var vote = Vote.open(here);
    assertEquals(201, vote.cast(here.verifiedCitizen(1), vote.ballot("Bien", "Bien", "Bien")).status());

    assertEquals("[]", ok(there.tenant().http().get(VOTATIONS)).body().replaceAll("\\s", ""));
    assertEquals(404, there.tenant().http().get(VOTATIONS + "/" + vote.id()).status());
    assertEquals(404, there.tenant().http().get(VOTATIONS + "/" + vote.id() + "/results").status());
    assertEquals(404, vote.cast(there.verifiedCitizen(1), vote.ballot("Bien", "Bien", "Bien")).status());
    assertEquals(404, there.admin().post(VOTATIONS + "/" + vote.id() + "/closing", null).status());
    var seen = here.tenant().http().get(VOTATIONS + "/" + vote.id());
    assertTrue(seen.json().containsKey("participants"), seen::toString);
    assertEquals(1, seen.json().getJsonNumber("participants").longValue());
  }
}
