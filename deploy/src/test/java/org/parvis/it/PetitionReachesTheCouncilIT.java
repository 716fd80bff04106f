package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parvis.it.VerifiedCommune.identityJson;
import static org.parvis.it.VerifiedCommune.ok;

import java.time.Duration;
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
import org.parvis.testsupport.Mailbox;
import org.parvis.testsupport.ParvisDeployment;
import org.parvis.testsupport.TenantHttp;

/**
 * A citizen's petition is moderated, published, signed online and on paper until the threshold
 * refers it to the municipal council, which answers. One person signs once, even with parallel
 * requests or a paper form; a withdrawn signature no longer counts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PetitionReachesTheCouncilIT {

  private static final String PETITIONS = "/api/petitions";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ParvisDeployment.builtWar();
  }

  private static final Duration MAIL_WAIT = Duration.ofSeconds(30);

  private static VerifiedCommune communeWithThreshold(String prefix, int threshold, boolean paper) {
    return VerifiedCommune.enabling(prefix, "petitions",
        "{\"threshold\": \"" + threshold + "\", \"durationDays\": \"60\", \"paperSignatures\": \""
            + paper + "\"}");
  }

  /** Drafted by census person 1, co-signed by person 2, submitted and published. */
  private static String publishedPetition(VerifiedCommune commune, TenantHttp moderator) {
    var author = commune.verifiedCitizen(1);
    var draft = author.post(PETITIONS, "{\"title\": \"Un passage piéton devant l'école\","
        + " \"body\": \"Les enfants traversent une route à 50 km/h.\"}");
    assertEquals(201, draft.status(), draft::toString);
    assertEquals("DRAFT", draft.json().getString("status"));
    String id = draft.json().getString("id");
    assertEquals(404, commune.tenant().http().get(PETITIONS + "/" + id).status(), "a draft is private");

    assertEquals(204, commune.verifiedCitizen(2).post(PETITIONS + "/" + id + "/cosignatures", null).status());
    assertEquals("SUBMITTED", ok(author.post(PETITIONS + "/" + id + "/submission", null)).json().getString("status"));
    assertEquals(403, author.post(PETITIONS + "/" + id + "/publication", null).status());
    assertTrue(ok(moderator.get(PETITIONS + "/moderation")).body().contains(id));

    var published = ok(moderator.post(PETITIONS + "/" + id + "/publication", null)).json();
    assertEquals("PUBLISHED", published.getString("status"));
    assertEquals(1, published.getJsonNumber("cosigners").longValue());
    return id;
  }

  private static long count(VerifiedCommune commune, String id) {
    return commune.tenant().http().get(PETITIONS + "/" + id + "/signatures").json()
        .getJsonNumber("count").longValue();
  }

  @Test
  void onlineAndPaperSignaturesReachTheThresholdAndTheCouncilAnswers() {
    var commune = communeWithThreshold("seuil", 6, true);
    var moderator = commune.withRole("moderatrice", "MODERATOR");
    var staff = commune.withRole("agent", "STAFF");
    String id = publishedPetition(commune, moderator);
    String signatures = PETITIONS + "/" + id + "/signatures";

    var third = commune.verifiedCitizen(3);
    var fourth = commune.verifiedCitizen(4);
    var fifth = commune.verifiedCitizen(5);
    assertEquals(201, third.post(signatures + "?keepInformed=true", null).status());
    assertEquals(201, fourth.post(signatures, null).status());
    var again = fourth.post(signatures, null);
    assertEquals(200, again.status(), "signing again is harmless: " + again);
    assertEquals(2, again.json().getJsonNumber("count").longValue());
    assertEquals(201, fifth.post(signatures, null).status());
    assertEquals(3, count(commune, id));

    var withdrawn = ok(fourth.delete(signatures + "/mine")).json();
    assertEquals(2, withdrawn.getJsonNumber("count").longValue());
    assertEquals(2, count(commune, id));
    assertFalse(fourth.get(signatures).json().getBoolean("signedByMe"));
    assertTrue(third.get(signatures).json().getBoolean("signedByMe"));
    assertEquals(404, fourth.delete(signatures + "/mine").status());
    assertEquals(403, third.post(PETITIONS + "/" + id + "/paper-batches",
        "{\"signatures\": [" + identityJson(9) + "]}").status(), "citizens cannot enter paper");

    // Paper: person 3 signed online, person 10 appears twice (other spelling), 11 and 12 are new.
    String batch = "{\"signatures\": [" + identityJson(10) + ", " + identityJson(3) + ", "
        + identityJson(10).replace("\"Test\"", "\"test\"") + ", " + identityJson(11) + "]}";
    var entered = staff.post(PETITIONS + "/" + id + "/paper-batches", batch);
    assertEquals(201, entered.status(), entered::toString);
    assertEquals(2, entered.json().getInt("accepted"));
    assertEquals("[1,2]", entered.json().getJsonArray("duplicates").toString());
    assertEquals(4, entered.json().getJsonNumber("count").longValue());
    assertEquals("PUBLISHED", entered.json().getString("status"));

    // A paper signer who verifies later cannot sign a second time online.
    var eleventh = commune.verifiedCitizen(11);
    assertTrue(eleventh.get(signatures).json().getBoolean("signedByMe"));
    assertEquals(200, eleventh.post(signatures, null).status());
    assertEquals(4, count(commune, id));

    var lastPaper = ok(staff.post(PETITIONS + "/" + id + "/paper-batches",
        "{\"signatures\": [" + identityJson(12) + "]}")).json();
    assertEquals(5, lastPaper.getJsonNumber("count").longValue());
    var reaching = fourth.post(signatures, null);
    assertEquals(201, reaching.status(), reaching::toString);
    assertEquals(6, reaching.json().getJsonNumber("count").longValue());
    assertEquals("REFERRED", reaching.json().getString("status"));

    var view = commune.tenant().http().get(PETITIONS + "/" + id).json();
    assertEquals("REFERRED", view.getString("status"));
    assertEquals(6, view.getJsonNumber("signatures").longValue());
    assertEquals(3, view.getJsonNumber("paperSignatures").longValue());
    assertFalse(view.isNull("referredAt"));
    assertEquals(409, commune.verifiedCitizen(13).post(signatures, null).status(), "the count is frozen");
    assertEquals(409, third.delete(signatures + "/mine").status());

    assertEquals(409, staff.put(PETITIONS + "/" + id + "/answer",
        "{\"answer\": \"Trop tôt\", \"decision\": \"ADOPTED\"}").status(), "meeting date first");
    var scheduled = ok(staff.put(PETITIONS + "/" + id + "/council-meeting", "{\"date\": \"2027-01-14\"}"));
    assertEquals("2027-01-14", scheduled.json().getString("councilMeetingDate"));
    var answered = ok(staff.put(PETITIONS + "/" + id + "/answer", "{\"answer\": \"Le conseil"
        + " vote un passage piéton <surélevé>.\", \"decision\": \"ADOPTED\"}")).json();
    assertEquals("ANSWERED", answered.getString("status"));
    assertEquals("ADOPTED", answered.getString("decision"));

    var page = commune.tenant().http().getHtml("/petitions/" + id);
    assertEquals(200, page.status(), page::toString);
    assertTrue(page.body().contains("data-count=\"6\""), page.body());
    assertTrue(page.body().contains("&lt;sur"), "the answer is escaped");
    assertFalse(page.body().contains("<surélevé>"));
    var list = commune.tenant().http().getHtml("/petitions");
    assertTrue(list.body().contains("<progress max=\"6\" value=\"6\""), list.body());

    // The petitioners hear of each step by email, in French: the author, the co-signer and the
    // signer who asked for it; not a signer who did not.
    for (String who : List.of("citoyen1", "citoyen2", "citoyen3")) {
      var mailbox = Mailbox.of(commune.email(who));
      var referred = mailbox.awaitSubject("seuil atteint", MAIL_WAIT);
      assertTrue(Mailbox.subject(referred).contains("Un passage piéton devant l'école"));
      assertTrue(Mailbox.text(mailbox.awaitSubject("14 janvier 2027", MAIL_WAIT))
          .contains("séance du 14 janvier 2027"));
      String answer = Mailbox.text(mailbox.awaitSubject("réponse du conseil", MAIL_WAIT));
      assertTrue(answer.contains("Décision : adoptée") && answer.contains("passage piéton <surélevé>"),
          answer);
      assertEquals(3, mailbox.messages().size(), who + " gets each step once");
    }
    assertEquals(List.of(), Mailbox.of(commune.email("citoyen4")).messages());
  }

  @Test
  void parallelSignaturesOfOnePersonCountOnce() throws Exception {
    var commune = communeWithThreshold("parallele", 100, false);
    var moderator = commune.withRole("moderateur", "MODERATOR");
    String id = publishedPetition(commune, moderator);
    String signatures = PETITIONS + "/" + id + "/signatures";
    var signer = commune.verifiedCitizen(7);
    var other = commune.verifiedCitizen(8);

    int parallel = 16;
    ExecutorService pool = Executors.newFixedThreadPool(parallel);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<CompletableFuture<TenantHttp.Reply>> replies = new ArrayList<>();
      for (int i = 0; i < parallel; i++) {
        var who = i % 4 == 3 ? other : signer;
        replies.add(CompletableFuture.supplyAsync(() -> {
          await(start);
          return who.post(signatures, null);
        }, pool));
      }
      start.countDown();
      int created = 0;
      for (var reply : replies) {
        var r = reply.get();
        assertTrue(r.status() == 201 || r.status() == 200, r::toString);
        created += r.status() == 201 ? 1 : 0;
      }
      assertEquals(2, created, "one new signature per person");
    } finally {
      pool.shutdownNow();
    }
    assertEquals(2, count(commune, id));

    var staff = commune.withRole("agent", "STAFF");
    var refused = staff.post(PETITIONS + "/" + id + "/paper-batches",
        "{\"signatures\": [" + identityJson(20) + "]}");
    assertEquals(409, refused.status(), refused::toString);
    assertEquals("urn:parvis:problem:paper-signatures-not-accepted", refused.json().getString("type"));
    assertEquals(2, count(commune, id));
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
