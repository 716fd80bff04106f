package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parvis.it.BudgetCommune.envelopeId;
import static org.parvis.it.BudgetCommune.idea;
import static org.parvis.it.CitizensVoteInAParticipatoryBudgetIT.ballot;

import java.net.URI;
import java.sql.Connection;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parvis.testsupport.IntegrationServices;
import org.parvis.testsupport.ParvisDeployment;
import org.parvis.testsupport.TenantHttp;
import org.parvis.testsupport.TestIdentities;

/**
 * No single voter can decide a participatory budget: points that would wrap around, fractions and
 * amounts beyond the cap are refused with nothing stored; a person votes once, online or on
 * paper, never both; an Idempotency-Key cannot carry another request.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OneVoterCannotDecideABudgetIT {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ParvisDeployment.builtWar();
  }

  /** An edition in its vote phase: projects a (30000) and b (20000) in a 50000 envelope. */
  private record Vote(BudgetCommune commune, String base, String city, String a, String b) {
    static Vote of(String prefix, String ballotRules, String... residents) {
      var commune = BudgetCommune.create(prefix, residents);
      var edition = commune.edition("greedy", ballotRules,
          "[{\"name\": \"Ville\", \"amount\": 50000, \"district\": false}]");
      String id = edition.getString("id");
      String city = envelopeId(edition, 0);
      var author = commune.account("auteur");
      String a = idea(author, id, city, "Projet A", 30000);
      String b = idea(author, id, city, "Projet B", 20000);
      commune.moveTo(id, 1, "FEASIBILITY_REVIEW");
      commune.feasible(a, 30000);
      commune.feasible(b, 20000);
      commune.moveTo(id, 2, "VOTE");
      return new Vote(commune, "/api/budget/editions/" + id, city, a, b);
    }

    String points(String first, String n1, String second, String n2) {
      return "{\"envelope\": \"" + city + "\", \"points\": {\"" + first + "\": " + n1 + ", \""
          + second + "\": " + n2 + "}}";
    }

    String paper(String lastName, String... projects) {
      return "{\"lastName\": \"" + lastName + "\", \"firstNames\": \"Camille\","
          + " \"birthDate\": \"1980-01-01\", \"envelope\": \"" + city + "\", \"projects\": [\""
          + String.join("\", \"", projects) + "\"]}";
    }

    int stored(TenantHttp voter) {
      return voter.get(base + "/ballots/mine").jsonArray().size();
    }
  }

  @Test
  void pointsThatWouldWrapFractionsAndHugeAmountsAreRefusedAndNothingIsStored() {
    var vote = Vote.of("un-votant-points", "{\"kind\": \"CUMULATIVE\", \"points\": 5}", "DURAND");
    var voter = vote.commune().verifiedResident("DURAND");

    var wrapping = voter.post(vote.base() + "/ballots",
        vote.points(vote.a(), "9223372036854775807", vote.b(), "2"));
    assertEquals(422, wrapping.status(), wrapping::toString);
    assertTrue(wrapping.isProblem(), wrapping::toString);
    assertEquals("points-per-project", wrapping.json().getString("rule"), wrapping::toString);

    var fraction = voter.post(vote.base() + "/ballots", vote.points(vote.a(), "1.5", vote.b(), "1"));
    assertEquals(400, fraction.status(), fraction::toString);
    assertTrue(fraction.isProblem(), fraction::toString);
    assertEquals("points." + vote.a(), fraction.json().getJsonArray("errors").getJsonObject(0)
        .getString("field"), fraction::toString);

    var huge = voter.post(vote.base() + "/ballots", vote.points(vote.a(), "1e300000000", vote.b(), "1"));
    assertEquals(400, huge.status(), huge::toString);
    assertEquals(0, vote.stored(voter), "no refused ballot is stored");

    // Amounts are checked at the edge before anything else (here, before the phase).
    var author = vote.commune().account("auteur");
    var fractionalCost = author.post(vote.base() + "/ideas", ideaBody(vote.city(), "1000.5"));
    assertEquals(400, fractionalCost.status(), fractionalCost::toString);
    assertTrue(fractionalCost.body().contains("estimatedCost"), fractionalCost::toString);
    var hugeCost = author.post(vote.base() + "/ideas", ideaBody(vote.city(), "1000000000001"));
    assertEquals(400, hugeCost.status(), hugeCost::toString);
    assertTrue(hugeCost.body().contains("estimatedCost"), hugeCost::toString);
    var hugeReview = vote.commune().staff().post("/api/budget/ideas/" + vote.a() + "/review",
        "{\"feasible\": true, \"reason\": \"Revu\", \"finalCost\": 1000000000001}");
    assertEquals(400, hugeReview.status(), hugeReview::toString);
    assertTrue(hugeReview.body().contains("finalCost"), hugeReview::toString);

    var accepted = voter.post(vote.base() + "/ballots", vote.points(vote.a(), "3", vote.b(), "2"));
    assertEquals(201, accepted.status(), accepted::toString);
    assertEquals(1, vote.stored(voter));
  }

  @Test
  void aPersonVotesOnlineOrOnPaperNeverBoth() {
    var vote = Vote.of("un-votant-papier", "{\"kind\": \"APPROVAL\", \"maxChoices\": 1}",
        "DURAND", "MARTIN");
    var staff = vote.commune().staff();

    var durand = vote.commune().verifiedResident("DURAND");
    assertEquals(201, durand.post(vote.base() + "/ballots", ballot(vote.city(), vote.a())).status());
    var paperAfterOnline = staff.post(vote.base() + "/paper-ballots", vote.paper("Durand", vote.b()));
    assertEquals(409, paperAfterOnline.status(), paperAfterOnline::toString);
    assertTrue(paperAfterOnline.isProblem(), paperAfterOnline::toString);
    assertEquals("urn:parvis:problem:budget-voted-on-another-channel",
        paperAfterOnline.json().getString("type"));
    var mine = durand.get(vote.base() + "/ballots/mine").jsonArray();
    assertEquals(1, mine.size());
    assertTrue(mine.getJsonObject(0).getJsonObject("points").containsKey(vote.a()),
        "the online ballot stays as it was");

    var paper = staff.post(vote.base() + "/paper-ballots", vote.paper("MARTIN", vote.a()));
    assertEquals(201, paper.status(), paper::toString);
    assertEquals("PAPER", paper.json().getString("channel"));
    var corrected = staff.post(vote.base() + "/paper-ballots", vote.paper("Martin", vote.b()));
    assertEquals(200, corrected.status(), "a second paper entry replaces the first");
    var martin = vote.commune().verifiedResident("MARTIN");
    var onlineAfterPaper = martin.post(vote.base() + "/ballots", ballot(vote.city(), vote.a()));
    assertEquals(409, onlineAfterPaper.status(), onlineAfterPaper::toString);
    var martins = martin.get(vote.base() + "/ballots/mine").jsonArray();
    assertEquals(1, martins.size(), "the resident sees the paper ballot entered in their name");
    assertEquals("PAPER", martins.getJsonObject(0).getString("channel"));
    assertTrue(martins.getJsonObject(0).getJsonObject("points").containsKey(vote.b()),
        "the corrected paper ballot, unchanged by the refused online one");

    BudgetCommune.ok(vote.commune().admin().post(vote.base() + "/vote/close", null));
    var results = vote.commune().tenant().http().get(vote.base() + "/results").json();
    assertEquals(2, results.getJsonArray("envelopes").getJsonObject(0).getInt("ballots"),
        "one ballot per person");
  }

  @Test
  void aBallotCastBeforeBallotsWereKeyedByPersonIsReKeyedAndThenBlocksPaper() throws Exception {
    var vote = Vote.of("un-votant-ancien", "{\"kind\": \"APPROVAL\", \"maxChoices\": 1}",
        "DURAND");
    String edition = vote.base().substring(vote.base().lastIndexOf('/') + 1);
    var durand = vote.commune().verifiedResident("DURAND");
    assertEquals(201, durand.post(vote.base() + "/ballots", ballot(vote.city(), vote.a())).status());
    // As a ballot cast before migration V8 was stored: under the verified resident's id.
    assertEquals(1, sql("update budget_ballot b set voter_key = 'resident:' || v.id"
        + " from parvis_verified_identity v"
        + " where b.edition_id = ?::uuid and v.tenant_id = b.tenant_id", edition));
    assertEquals(1, durand.get(vote.base() + "/ballots/mine").jsonArray().size(),
        "the resident still sees their ballot");

    var again = durand.post(vote.base() + "/ballots", ballot(vote.city(), vote.b()));
    assertEquals(200, again.status(), "the old ballot is replaced, not doubled: " + again);
    assertEquals(0, sql("update budget_ballot set cast_at = cast_at where edition_id = ?::uuid"
        + " and voter_key like 'resident:%'", edition), "re-keyed by person");
    var paper = vote.commune().staff().post(vote.base() + "/paper-ballots",
        vote.paper("DURAND", vote.a()));
    assertEquals(409, paper.status(), paper::toString);
  }

  @Test
  void paperBallotsRecordTheStaffMemberWhoEnteredThem() throws Exception {
    var vote = Vote.of("un-votant-agent", "{\"kind\": \"APPROVAL\", \"maxChoices\": 1}",
        "DURAND");
    String edition = vote.base().substring(vote.base().lastIndexOf('/') + 1);
    assertEquals(201, vote.commune().staff().post(vote.base() + "/paper-ballots",
        vote.paper("LEROY", vote.a())).status());
    assertEquals(1, sql("update budget_ballot set cast_at = cast_at where edition_id = ?::uuid"
        + " and channel = 'PAPER' and entered_by is not null and voter_key like 'person:%'",
        edition));
  }

  /** Runs {@code statement} on the database as its superuser; the number of rows it touched. */
  private static int sql(String statement, String edition) throws Exception {
    try (Connection db = IntegrationServices.database().superuserConnection();
        var update = db.prepareStatement(statement)) {
      update.setString(1, edition);
      return update.executeUpdate();
    }
  }

  @Test
  void anIdempotencyKeyReusedForAnotherRequestIsRefused() {
    var vote = Vote.of("un-votant-cle", "{\"kind\": \"APPROVAL\", \"maxChoices\": 1}", "FAURE");
    var account = TestIdentities.person("faure-" + vote.commune().tenant().slug());
    var faure = BudgetCommune.verify(vote.commune().tenant().http().as(account.token()), "FAURE");
    String host = vote.commune().tenant().host();

    var first = postWithKey(host, account.token(), vote.base(), ballot(vote.city(), vote.a()), "k1");
    assertEquals(201, first.status(), first::toString);
    var replay = postWithKey(host, account.token(), vote.base(), ballot(vote.city(), vote.a()), "k1");
    assertEquals(200, replay.status(), replay::toString);
    assertTrue(replay.json().getBoolean("replayed"));

    var other = postWithKey(host, account.token(), vote.base(), ballot(vote.city(), vote.b()), "k1");
    assertEquals(422, other.status(), other::toString);
    assertTrue(other.isProblem(), other::toString);
    assertEquals("urn:parvis:problem:idempotency-key-reused", other.json().getString("type"));
    var mine = faure.get(vote.base() + "/ballots/mine").jsonArray();
    assertTrue(mine.getJsonObject(0).getJsonObject("points").containsKey(vote.a()),
        "the refused request changed nothing");
  }

  private static String ideaBody(String envelope, String cost) {
    return "{\"envelopeId\": \"" + envelope + "\", \"title\": \"Projet\", \"description\": \"Un"
        + " projet\", \"category\": \"nature\", \"estimatedCost\": " + cost + "}";
  }

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
}
