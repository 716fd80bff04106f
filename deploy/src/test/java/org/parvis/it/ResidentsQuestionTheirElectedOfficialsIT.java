package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parvis.it.VerifiedCommune.ok;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parvis.testsupport.IntegrationServices;
import org.parvis.testsupport.Mailbox;
import org.parvis.testsupport.ParvisDeployment;
import org.parvis.testsupport.TenantHttp;

/**
 * A resident asks an elected official a question; moderation publishes it; distinct verified residents support it
 * at the same moment until the threshold selects it — one support per person, even when one person sends twenty
 * identical supports at once; staff put it on a session's agenda and publish the answer, and the asker and the
 * supporter who asked for it are told by e-mail. A rejected question shows its public reason; a selected question
 * left unanswered past the deadline is shown overdue; another tenant sees nothing of it, by page or API.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResidentsQuestionTheirElectedOfficialsIT {

  static final String QUESTIONS = "/api/questions";
  static final String COUNCIL = "/api/questions/council";
  private static final Duration MAIL_WAIT = Duration.ofSeconds(30);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ParvisDeployment.builtWar();
  }

  /** A commune with the questions module: threshold 6, 30 days to collect, 30 days to answer. */
  static VerifiedCommune commune(String prefix) {
    return VerifiedCommune.enabling(prefix, "questions",
        "{\"threshold\": \"6\", \"collectionDays\": \"30\", \"answerDeadlineDays\": \"30\"}");
  }

  static String official(TenantHttp staff, String name, String function) {
    var added = staff.post(COUNCIL + "/officials", "{\"name\": \"" + name + "\", \"function\": \"" + function
        + "\", \"delegations\": \"Mobilités, voirie\", \"termStart\": \"2020-07-03\"}");
    assertEquals(201, added.status(), added::toString);
    return added.json().getString("id");
  }

  static String session(TenantHttp staff, Instant startsAt) {
    var added = staff.post(COUNCIL + "/sessions", "{\"startsAt\": \"" + startsAt
        + "\", \"place\": \"Salle du conseil, hôtel de ville\"}");
    assertEquals(201, added.status(), added::toString);
    return added.json().getString("id");
  }

  /** A question asked by {@code asker} to {@code official} (null: the council), published by {@code moderator}. */
  static String ask(TenantHttp asker, String official, String title, boolean keepInformed) {
    var asked = asker.post(QUESTIONS, "{\"title\": \"" + title + "\", \"text\": \"Le centre aquatique ferme à 19 h"
        + " en semaine : <pourquoi> ne pas ouvrir plus tard ?\"" + (official == null ? "" : ", \"officialId\": \""
        + official + "\"") + ", \"keepInformed\": " + keepInformed + "}");
    assertEquals(201, asked.status(), asked::toString);
    assertEquals("SUBMITTED", asked.json().getString("status"));
    return asked.json().getString("id");
  }

  static String publishedQuestion(VerifiedCommune commune, TenantHttp moderator, TenantHttp asker, String official,
      String title, boolean keepInformed) {
    String id = ask(asker, official, title, keepInformed);
    assertEquals(404, commune.tenant().http().get(QUESTIONS + "/" + id).status(), "unmoderated is private");
    assertEquals(200, asker.get(QUESTIONS + "/" + id).status(), "its asker sees it");
    assertEquals(403, asker.post(QUESTIONS + "/" + id + "/publication", null).status());
    var published = ok(moderator.post(QUESTIONS + "/" + id + "/publication", null)).json();
    assertEquals("PUBLISHED", published.getString("status"));
    assertEquals(6, published.getJsonNumber("threshold").longValue());
    return id;
  }

  @Test
  void aQuestionGoesFromAskingToItsPublishedAnswer() throws Exception {
    var commune = commune("interpellation");
    var moderator = commune.withRole("moderatrice", "MODERATOR");
    var staff = commune.withRole("secretariat", "STAFF");
    assertEquals(403, moderator.post(COUNCIL + "/officials", "{\"name\": \"X\", \"function\": \"MAYOR\","
        + " \"termStart\": \"2020-07-03\"}").status(), "the directory is kept by staff");
    String official = official(staff, "Élisa Martin", "DEPUTY_MAYOR");
    String session = session(staff, Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS));
    var asker = commune.verifiedCitizen(1);
    String id = publishedQuestion(commune, moderator, asker, official, "Le centre aquatique le soir", true);
    String supports = QUESTIONS + "/" + id + "/supports";

    // One person, twenty identical supports at once: exactly one is counted.
    var eager = commune.verifiedCitizen(2);
    List<TenantHttp.Reply> burst = together(20, i -> () -> eager.post(supports, null));
    assertEquals(1, burst.stream().filter(r -> r.status() == 201).count(), burst::toString);
    assertTrue(burst.stream().allMatch(r -> r.status() == 201 || r.status() == 200), burst::toString);
    assertEquals(1, supportsOf(commune, id));

    // Five other verified residents at the same moment reach the threshold of six: the question is selected.
    List<TenantHttp> residents = new ArrayList<>();
    for (int i = 3; i <= 7; i++) {
      residents.add(commune.verifiedCitizen(i));
    }
    List<TenantHttp.Reply> five = together(5, i -> () -> residents.get(i).post(supports
        + (i == 0 ? "?keepInformed=true" : ""), null));
    assertTrue(five.stream().allMatch(r -> r.status() == 201), five::toString);
    var selected = ok(commune.tenant().http().get(QUESTIONS + "/" + id)).json();
    assertEquals(6, selected.getJsonNumber("supports").longValue());
    assertEquals("SELECTED", selected.getString("status"));
    var late = commune.verifiedCitizen(8).post(supports, null);
    assertEquals(409, late.status(), late::toString);
    assertEquals("urn:parvis:problem:question-not-collecting", late.json().getString("type"));
    assertTrue(late.isProblem());
    assertEquals(6, supportsOf(commune, id));

    assertEquals(403, moderator.put(QUESTIONS + "/" + id + "/agenda", "{\"sessionId\": \"" + session + "\"}")
        .status(), "the agenda is the staff's");
    var scheduled = ok(staff.put(QUESTIONS + "/" + id + "/agenda", "{\"sessionId\": \"" + session + "\"}")).json();
    assertEquals("SCHEDULED", scheduled.getString("status"));
    var council = commune.tenant().http().getHtml("/questions/council");
    assertTrue(council.body().contains("Le centre aquatique le soir"), "on the session's agenda: " + council.body());
    assertTrue(commune.tenant().http().getHtml("/questions/" + id).body()
        .contains("Inscrite à la séance du conseil du"));

    var answered = ok(staff.put(QUESTIONS + "/" + id + "/answer", "{\"text\": \"Le centre ouvrira jusqu'à 21 h"
        + " <dès janvier>.\", \"answeredOn\": \"" + java.time.LocalDate.now() + "\", \"videoUrl\":"
        + " \"https://video.example.org/conseil\", \"videoSeconds\": 3725}")).json();
    assertEquals("ANSWERED", answered.getString("status"));
    assertEquals("https://video.example.org/conseil#t=3725", answered.getString("videoLink"));

    var page = commune.tenant().http().getHtml("/questions/" + id);
    assertEquals(200, page.status(), page::toString);
    assertTrue(page.body().contains("Le centre ouvrira jusqu&#39;à 21 h &lt;dès janvier&gt;."), page.body());
    assertTrue(page.body().contains("href=\"https://video.example.org/conseil#t=3725\""), page.body());
    assertTrue(page.body().contains("data-count=\"6\""), page.body());
    var officialPage = commune.tenant().http().getHtml("/questions/council/officials/" + official);
    assertTrue(officialPage.body().contains("<dt>Questions ayant reçu une réponse</dt><dd>1</dd>"),
        officialPage.body());
    var facts = ok(commune.tenant().http().get(COUNCIL + "/facts?official=" + official)).json();
    assertEquals(1, facts.getJsonNumber("answered").longValue());
    assertEquals(0, facts.getJsonNumber("overdue").longValue());

    // The asker and the supporter who asked for it hear of the answer, once; a supporter who did not, nothing.
    for (String who : List.of("citoyen1", "citoyen3")) {
      var mailbox = Mailbox.of(commune.email(who));
      String text = Mailbox.text(mailbox.awaitSubject("a reçu une réponse", MAIL_WAIT));
      assertTrue(text.contains("jusqu'à 21 h <dès janvier>") && text.contains("#t=3725"), text);
      assertEquals(1, mailbox.messages().size(), who + " is told once");
    }
    assertEquals(List.of(), Mailbox.of(commune.email("citoyen4")).messages());

    var csv = commune.tenant().http().send("GET", QUESTIONS + "/export/questions.csv", null, "text/csv");
    assertEquals(200, csv.status(), csv::toString);
    assertTrue(csv.body().contains("Le centre aquatique le soir") && csv.body().contains("Élisa Martin"), csv.body());
    assertFalse(csv.body().contains("citoyen1"), "the asker is never exported");
    var json = ok(commune.tenant().http().get(QUESTIONS + "/export/questions.json")).jsonArray();
    assertEquals(1, json.size());
    assertEquals("ANSWERED", json.getJsonObject(0).getString("status"));
    var ics = commune.tenant().http().send("GET", "/questions/council/sessions.ics", null, "text/calendar");
    assertEquals(200, ics.status(), ics::toString);
    assertTrue(ics.body().contains("UID:session-" + session + "@"), ics.body());
  }

  @Test
  void aRejectedQuestionShowsItsReasonAndAnUnansweredOneTurnsOverdue() throws Exception {
    var commune = commune("interpellation-refus");
    var moderator = commune.withRole("moderateur", "MODERATOR");
    var staff = commune.withRole("secretariat", "STAFF");
    var asker = commune.verifiedCitizen(1);

    String rejected = ask(asker, null, "Une question hors sujet", false);
    var refused = moderator.post(QUESTIONS + "/" + rejected + "/rejection", "{\"reason\": \"Cette question relève"
        + " de la métropole, pas de la commune.\"}");
    assertEquals("REJECTED", ok(refused).json().getString("status"));
    var page = commune.tenant().http().getHtml("/questions/" + rejected);
    assertEquals(200, page.status(), page::toString);
    assertTrue(page.body().contains("Motif du refus") && page.body().contains("relève de la métropole"),
        page.body());
    assertFalse(page.body().contains("Soutenir la question"), page.body());

    String late = publishedQuestion(commune, moderator, asker, null, "Les bancs du parc Paul-Mistral", false);
    assertEquals("SELECTED", ok(staff.post(QUESTIONS + "/" + late + "/selection", null)).json().getString("status"));
    assertFalse(commune.tenant().http().get(QUESTIONS + "/" + late).json().getBoolean("overdue"));
    try (Connection db = IntegrationServices.database().superuserConnection();
        PreparedStatement backdate = db.prepareStatement(
            "update questions_question set selected_at = now() - interval '31 days' where id = ?")) {
      backdate.setObject(1, UUID.fromString(late));
      assertEquals(1, backdate.executeUpdate());
    }
    assertTrue(commune.tenant().http().get(QUESTIONS + "/" + late).json().getBoolean("overdue"));
    var overduePage = commune.tenant().http().getHtml("/questions/" + late);
    assertTrue(overduePage.body().contains("Réponse en retard"), overduePage.body());
    var list = commune.tenant().http().getHtml("/questions?status=SELECTED");
    assertTrue(list.body().contains("Les bancs du parc Paul-Mistral") && list.body().contains("Réponse en retard"),
        list.body());
    assertFalse(list.body().contains("Une question hors sujet"), "the filter keeps selected questions only");
    var facts = ok(commune.tenant().http().get(COUNCIL + "/facts")).json();
    assertEquals(1, facts.getJsonNumber("overdue").longValue());
    assertEquals(1, facts.getJsonNumber("received").longValue(), "a rejected question is not counted as received");
  }

  @Test
  void anotherTenantSeesNothingOfTheQuestions() {
    var commune = commune("interpellation-a");
    var moderator = commune.withRole("moderatrice", "MODERATOR");
    var staff = commune.withRole("secretariat", "STAFF");
    String official = official(staff, "Paul Durand", "MAYOR");
    String id = publishedQuestion(commune, moderator, commune.verifiedCitizen(1), official,
        "Une question de la commune A", false);

    var other = commune("interpellation-b");
    var elsewhere = other.tenant().http();
    assertEquals(404, elsewhere.get(QUESTIONS + "/" + id).status());
    assertEquals(404, elsewhere.getHtml("/questions/" + id).status());
    assertEquals(404, elsewhere.getHtml("/questions/council/officials/" + official).status());
    assertEquals("[]", ok(elsewhere.get(QUESTIONS)).jsonArray().toString());
    assertEquals("[]", ok(elsewhere.get(COUNCIL + "/officials")).jsonArray().toString());
    assertFalse(elsewhere.getHtml("/questions").body().contains("commune A"));
    assertFalse(elsewhere.send("GET", QUESTIONS + "/export/questions.csv", null, "text/csv").body()
        .contains("commune A"));
    assertEquals(404, other.verifiedCitizen(2).post(QUESTIONS + "/" + id + "/supports", null).status());
    assertEquals(0, supportsOf(commune, id));
  }

  static long supportsOf(VerifiedCommune commune, String id) {
    return commune.tenant().http().get(QUESTIONS + "/" + id).json().getJsonNumber("supports").longValue();
  }

  /** Runs {@code count} requests released at the same moment, and their replies. */
  static List<TenantHttp.Reply> together(int count,
      java.util.function.IntFunction<Supplier<TenantHttp.Reply>> request) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(count);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<CompletableFuture<TenantHttp.Reply>> replies = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        Supplier<TenantHttp.Reply> call = request.apply(i);
        replies.add(CompletableFuture.supplyAsync(() -> {
          try {
            start.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
          }
          return call.get();
        }, pool));
      }
      start.countDown();
      List<TenantHttp.Reply> all = new ArrayList<>();
      for (var reply : replies) {
        all.add(reply.get());
      }
      return all;
    } finally {
      pool.shutdownNow();
    }
  }
}
