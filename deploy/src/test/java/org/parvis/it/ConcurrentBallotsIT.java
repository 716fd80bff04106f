package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parvis.it.BudgetCommune.envelopeId;
import static org.parvis.it.BudgetCommune.idea;
import static org.parvis.it.CitizensVoteInAParticipatoryBudgetIT.ballot;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parvis.testsupport.ParvisDeployment;
import org.parvis.testsupport.TenantHttp;
import org.parvis.testsupport.TestIdentities;

/**
 * Double submits, parallel requests and replays: whatever arrives at once, a voter has one ballot
 * per scope, and no ballot spends more than its envelope.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrentBallotsIT {

  private static final int PARALLEL = 30;
  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ParvisDeployment.builtWar();
  }

  @Test
  void thirtyIdenticalSubmissionsAtOnceLeaveExactlyOneBallotWithinTheEnvelope() throws Exception {
    var commune = BudgetCommune.create("ballots-paralleles", "ROUX", "FAURE");
    var edition = commune.edition("greedy", "{\"kind\": \"KNAPSACK\"}",
        "[{\"name\": \"Ville\", \"amount\": 50000, \"district\": false}]");
    String id = edition.getString("id");
    String city = envelopeId(edition, 0);
    var author = commune.account("auteur");
    String a = idea(author, id, city, "Projet A", 30000);
    String b = idea(author, id, city, "Projet B", 20000);
    String c = idea(author, id, city, "Projet C", 25000);
    commune.moveTo(id, 1, "FEASIBILITY_REVIEW");
    commune.feasible(a, 30000);
    commune.feasible(b, 20000);
    commune.feasible(c, 25000);
    commune.moveTo(id, 2, "VOTE");
    String base = "/api/budget/editions/" + id;
    var roux = commune.verifiedResident("ROUX");

    // The same ballot thirty times at once: one creates it, the others find it.
    List<TenantHttp.Reply> replies = all(i -> roux.post(base + "/ballots", ballot(city, a, b)));
    assertEquals(1, replies.stream().filter(r -> r.status() == 201).count(), replies::toString);
    assertEquals(PARALLEL - 1, replies.stream().filter(r -> r.status() == 200).count(),
        replies::toString);
    assertEquals(1, roux.get(base + "/ballots/mine").jsonArray().size());

    // Thirty different ballots at once, half of them over the envelope: the over-budget ones
    // are refused, one of the others is kept, and it fits the envelope.
    List<TenantHttp.Reply> mixed = all(i -> roux.post(base + "/ballots",
        i % 2 == 0 ? ballot(city, a, b, c) : ballot(city, i % 4 == 1 ? a : c, b)));
    assertEquals(PARALLEL / 2, mixed.stream().filter(r -> r.status() == 422).count(),
        mixed::toString);
    assertTrue(mixed.stream().filter(r -> r.status() == 422)
        .allMatch(r -> r.json().getString("rule").equals("knapsack-budget")));
    var mine = roux.get(base + "/ballots/mine").jsonArray();
    assertEquals(1, mine.size(), mine::toString);
    assertTrue(mine.getJsonObject(0).getJsonNumber("totalCost").longValue() <= 50000);

    // A replayed request (same Idempotency-Key) changes nothing, even after a newer ballot.
    var faureAccount = TestIdentities.person("faure-" + commune.tenant().slug());
    var faure = BudgetCommune.verify(commune.tenant().http().as(faureAccount.token()), "FAURE");
    String host = commune.tenant().host();
    String token = faureAccount.token();
    List<TenantHttp.Reply> replays =
        all(i -> postWithKey(host, token, base, ballot(city, a), "cle-1"));
    assertEquals(1, replays.stream().filter(r -> r.status() == 201).count(), replays::toString);
    assertEquals(1, replays.stream().filter(r -> !r.json().getBoolean("replayed")).count(),
        "the key is applied once; every other request is a replay");
    var newer = postWithKey(host, token, base, ballot(city, c), "cle-2");
    assertEquals(200, newer.status(), newer::toString);
    var replay = postWithKey(host, token, base, ballot(city, a), "cle-1");
    assertTrue(replay.json().getBoolean("replayed"), replay::toString);
    var faures = faure.get(base + "/ballots/mine").jsonArray();
    assertEquals(1, faures.size());
    assertTrue(faures.getJsonObject(0).getJsonObject("points").containsKey(c),
        "the replay of the older request did not bring its ballot back");

    BudgetCommune.ok(commune.admin().post(base + "/vote/close", null));
    var results = commune.tenant().http().get(base + "/results").json();
    var envelope = results.getJsonArray("envelopes").getJsonObject(0);
    assertEquals(2, envelope.getInt("ballots"), "one ballot per voter");
    assertTrue(envelope.getJsonNumber("spent").longValue() <= 50000);
  }

  /** A ballot POST with an {@code Idempotency-Key} header, which TenantHttp does not send. */
  private static TenantHttp.Reply postWithKey(String host, String token, String base,
      String body, String key) {
    int port = Integer.getInteger("parvis.it.http.port", 8080);
    var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + base + "/ballots"))
        .timeout(Duration.ofSeconds(30))
        .header("Host", host + ":" + port)
        .header("Accept", "application/json")
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + token)
        .header("Idempotency-Key", key)
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
    try {
      var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      return new TenantHttp.Reply(response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""), response.body());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<TenantHttp.Reply> all(IntFunction<TenantHttp.Reply> request)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<TenantHttp.Reply>> futures = new ArrayList<>();
      for (int i = 0; i < PARALLEL; i++) {
        int n = i;
        futures.add(pool.submit(() -> {
          start.await();
          return request.apply(n);
        }));
      }
      start.countDown();
      List<TenantHttp.Reply> replies = new ArrayList<>();
      for (var future : futures) {
        replies.add(future.get());
      }
      return replies;
    } finally {
      pool.shutdownNow();
    }
  }
}
