package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parvis.it.VerifiedCommune.ok;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
import org.parvis.testsupport.TestIdentities;

/**
 * From a resident's report to a work day done together: the report is supported and accepted,
 * staff schedule two shifts, volunteers register (with companions) up to the capacity, then wait;
 * a cancellation promotes the next person (once, even when several people cancel at the same
 * moment), staff check people in, and the volunteer hours are published. The emails really go
 * through an SMTP server: status changes, confirmations with a calendar invitation, promotions.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VolunteersRegisterForAWorksiteIT {

  static final String REPORTS = "/api/worksites/reports";
  static final String WORKSITES = "/api/worksites";
  static final String SHIFTS = "/api/worksites/shifts";
  private static final DateTimeFormatter ICS_UTC =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ParvisDeployment.builtWar();
  }

  static VerifiedCommune commune(String prefix) {
    return VerifiedCommune.enabling(prefix, "worksites",
        "{\"reminderHours\": \"336\", \"maxCompanions\": \"3\"}");
  }

  static Inbox inbox(VerifiedCommune commune, int citizen) {
    return new Inbox("citoyen" + citizen + "-" + commune.tenant().slug() + "@example.org");
  }

  /** A report by census person {@code reporter}, accepted by staff; returns the worksite id. */
  static String acceptedWorksite(VerifiedCommune commune, TenantHttp staff, int reporter) {
    String report = ok(commune.verifiedCitizen(reporter).post(REPORTS, "{\"title\": \"Désherber"
        + " le chemin des Alpins\", \"description\": \"Les ronces bloquent le passage.\","
        + " \"latitude\": 45.1885, \"longitude\": 5.7245}")).json().getString("id");
    return ok(staff.post(REPORTS + "/" + report + "/acceptance", null)).json().getString("worksiteId");
  }

  static String shift(TenantHttp staff, String worksite, Instant start, Instant end, int capacity) {
    var created = staff.post(WORKSITES + "/" + worksite + "/shifts", "{\"startsAt\": \"" + start
        + "\", \"endsAt\": \"" + end + "\", \"capacity\": " + capacity + "}");
    assertEquals(201, created.status(), created::toString);
    return created.json().getString("id");
  }

  static JsonObject register(TenantHttp citizen, String shift, int companions, int expectedStatus) {
    var reply = citizen.post(SHIFTS + "/" + shift + "/registrations", "{\"companions\": " + companions + ", \"minimumAgeMet\": true}");
    assertEquals(expectedStatus, reply.status(), reply::toString);
    return reply.json();
  }

  @Test
  void aSupportedReportBecomesAWorkDayWithAWaitingListAndPublishedHours() {
    var commune = commune("chantier");
    var staff = commune.withRole("agent", "STAFF");
    var reporter = commune.verifiedCitizen(1);
    var supporter = commune.verifiedCitizen(2);

    assertEquals(401, commune.tenant().http().post(REPORTS, "{}").status());
    var offMap = reporter.post(REPORTS, "{\"title\": \"x\", \"description\": \"y\","
        + " \"latitude\": 95, \"longitude\": 5.7}");
    assertEquals(400, offMap.status(), offMap::toString);
    assertEquals(403, commune.account("non-verifie").post(REPORTS, "{\"title\": \"x\","
        + " \"description\": \"y\", \"latitude\": 45, \"longitude\": 5.7}").status());

    var reported = reporter.post(REPORTS, "{\"title\": \"Repeindre le mur <du> préau\","
        + " \"description\": \"Tags et peinture écaillée.\", \"latitude\": 45.1885,"
        + " \"longitude\": 5.7245}");
    assertEquals(201, reported.status(), reported::toString);
    String report = reported.json().getString("id");
    assertEquals("OPEN", reported.json().getString("status"));

    assertEquals(201, supporter.post(REPORTS + "/" + report + "/supports", null).status());
    var again = supporter.post(REPORTS + "/" + report + "/supports", null);
    assertEquals(200, again.status(), "supporting twice is harmless");
    assertEquals(1, again.json().getJsonNumber("supports").longValue());
    assertEquals(200, reporter.post(REPORTS + "/" + report + "/supports", null).status());
    assertEquals(201, commune.verifiedCitizen(3).post(REPORTS + "/" + report + "/notes",
        "{\"text\": \"La peinture blanche est dans la réserve.\"}").status());
    var read = ok(commune.tenant().http().get(REPORTS + "/" + report)).json();
    assertEquals(1, read.getJsonNumber("supports").longValue());
    assertEquals(1, read.getJsonArray("notes").size());

    assertEquals(403, supporter.post(REPORTS + "/" + report + "/acceptance", null).status());
    var accepted = staff.post(REPORTS + "/" + report + "/acceptance", null);
    assertEquals(201, accepted.status(), accepted::toString);
    String worksite = accepted.json().getString("worksiteId");
    assertEquals("ACCEPTED", accepted.json().getJsonObject("report").getString("status"));
    assertEquals(409, staff.post(REPORTS + "/" + report + "/acceptance", null).status(), "decided once");
    for (int person : new int[] {1, 2}) {
      var notice = inbox(commune, person).awaitSubject("accepté");
      assertTrue(notice.text().contains("Repeindre le mur <du> préau"), notice::toString);
    }

    ok(staff.put(WORKSITES + "/" + worksite, "{\"title\": \"Repeindre le mur du préau\","
        + " \"description\": \"Poncer puis peindre.\", \"latitude\": 45.1885, \"longitude\": 5.7245,"
        + " \"address\": \"12 rue des Écoles, Grenoble\", \"referent\": \"Mme Martin, services"
        + " techniques\", \"safetyNotes\": \"Gants obligatoires\", \"minimumAge\": 12,"
        + " \"skills\": \"Peinture\"}"));
    ok(staff.post(WORKSITES + "/" + worksite + "/items",
        "{\"name\": \"Gants\", \"quantity\": 20, \"source\": \"COMMUNE\"}"));
    var items = ok(staff.post(WORKSITES + "/" + worksite + "/items",
        "{\"name\": \"Escabeau\", \"quantity\": 1, \"source\": \"VOLUNTEER\"}")).json().getJsonArray("items");
    String ladder = itemId(items, "Escabeau");
    var pledged = ok(supporter.post(WORKSITES + "/" + worksite + "/items/" + ladder + "/pledge", null)).json();
    assertTrue(pledged.getJsonArray("items").stream().map(JsonObject.class::cast)
        .filter(i -> i.getString("name").equals("Escabeau")).findFirst().orElseThrow().getBoolean("pledged"));
    assertEquals(409, reporter.post(WORKSITES + "/" + worksite + "/items/"
        + itemId(items, "Gants") + "/pledge", null).status(), "the commune provides gloves");

    Instant morning = Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    String first = shift(staff, worksite, morning, morning.plus(3, ChronoUnit.HOURS), 4);
    Instant afternoon = morning.plus(1, ChronoUnit.DAYS);
    String second = shift(staff, worksite, afternoon, afternoon.plus(210, ChronoUnit.MINUTES), 2);
    assertEquals(403, reporter.post(WORKSITES + "/" + worksite + "/shifts", "{\"startsAt\": \""
        + morning + "\", \"endsAt\": \"" + afternoon + "\", \"capacity\": 3}").status());

    // Capacity 4: person 7 with a companion, 8 and 9 alone fill it; 10 and 11 (+1) wait.
    var seventh = commune.verifiedCitizen(7);
    var eighth = commune.verifiedCitizen(8);
    var ninth = commune.verifiedCitizen(9);
    var tenth = commune.verifiedCitizen(10);
    var eleventh = commune.verifiedCitizen(11);
    var undeclared = seventh.post(SHIFTS + "/" + first + "/registrations", "{\"companions\": 1}");
    assertEquals(422, undeclared.status(), "minimum age 12: the registrant declares it");
    assertEquals("urn:parvis:problem:worksites-minimum-age", undeclared.json().getString("type"));
    assertEquals("CONFIRMED", register(seventh, first, 1, 201).getString("status"));
    assertEquals(2, register(seventh, first, 1, 200).getInt("places"), "registering twice is harmless");
    assertEquals(409, eighth.post(SHIFTS + "/" + first + "/registrations", "{\"companions\": 4, \"minimumAgeMet\": true}").status(),
        "at most 3 companions in this commune");
    assertEquals("CONFIRMED", register(eighth, first, 0, 201).getString("status"));
    assertEquals("CONFIRMED", register(ninth, first, 0, 201).getString("status"));
    var waitingTenth = register(tenth, first, 0, 201);
    assertEquals("WAITING", waitingTenth.getString("status"));
    assertEquals(1, waitingTenth.getInt("waitingRank"));
    assertEquals(2, register(eleventh, first, 1, 201).getInt("waitingRank"));

    var confirmation = inbox(commune, 7).awaitSubject("Inscription confirmée");
    assertEquals(ICS_UTC.format(morning), confirmation.calendarProperty("DTSTART").orElseThrow(),
        confirmation::toString);
    assertEquals(ICS_UTC.format(morning.plus(3, ChronoUnit.HOURS)),
        confirmation.calendarProperty("DTEND").orElseThrow());
    assertEquals("REQUEST", confirmation.calendarProperty("METHOD").orElseThrow());
    assertTrue(confirmation.calendarProperty("LOCATION").orElseThrow().contains("12 rue des Écoles"));
    inbox(commune, 10).awaitSubject("Liste d'attente");
    inbox(commune, 8).awaitSubject("Inscription confirmée");

    // Person 8 leaves: one place frees up, person 10 is promoted; 11 (two places) still waits.
    assertEquals(204, eighth.delete(SHIFTS + "/" + first + "/registrations/mine").status());
    assertEquals(404, eighth.delete(SHIFTS + "/" + first + "/registrations/mine").status());
    inbox(commune, 8).awaitSubject("Inscription annulée");
    var cancelNotice = inbox(commune, 8).withSubject("Inscription annulée");
    assertEquals(1, cancelNotice.size(), () -> inbox(commune, 8).mails().toString());
    assertEquals("CANCEL", cancelNotice.get(0).calendarProperty("METHOD").orElseThrow());
    assertEquals(inbox(commune, 8).withSubject("Inscription confirmée").get(0).calendarProperty("UID"),
        cancelNotice.get(0).calendarProperty("UID"), "the CANCEL removes the same event");
    inbox(commune, 10).awaitSubject("place s'est libérée");
    var promotion = inbox(commune, 10).withSubject("place s'est libérée");
    assertEquals(1, promotion.size());
    assertTrue(promotion.get(0).calendar().isPresent(), "the promoted person gets the invitation");
    var mineTenth = ok(tenth.get(SHIFTS + "/registrations/mine")).jsonArray().getJsonObject(0);
    assertEquals("CONFIRMED", mineTenth.getString("status"));
    var mineEleventh = ok(eleventh.get(SHIFTS + "/registrations/mine")).jsonArray().getJsonObject(0);
    assertEquals("WAITING", mineEleventh.getString("status"));
    assertEquals(1, mineEleventh.getInt("waitingRank"));

    register(commune.verifiedCitizen(12), second, 0, 201);

    // Reminders: every confirmed registration once (the lead time covers both shifts here),
    // whether staff send them or the platform's periodic task got there first.
    assertEquals(403, seventh.post(SHIFTS + "/reminders", null).status());
    assertTrue(ok(staff.post(SHIFTS + "/reminders", null)).json().getInt("sent") <= 4);
    assertEquals(0, ok(staff.post(SHIFTS + "/reminders", null)).json().getInt("sent"));
    for (int person : new int[] {7, 9, 10, 12}) {
      inbox(commune, person).awaitSubject("Rappel");
      assertEquals(1, inbox(commune, person).withSubject("Rappel").size(), "reminded once: " + person);
    }

    // Check-in on the day: 7 came with their companion, 9 alone, 10 did not come; 12 came.
    var all = ok(staff.get(SHIFTS + "/" + first + "/registrations")).jsonArray();
    assertEquals(4, all.size());
    assertEquals(403, seventh.get(SHIFTS + "/" + first + "/registrations").status());
    String seventhId = ok(seventh.get(SHIFTS + "/registrations/mine")).jsonArray().getJsonObject(0).getString("id");
    String ninthId = ok(ninth.get(SHIFTS + "/registrations/mine")).jsonArray().getJsonObject(0).getString("id");
    String tenthId = mineTenth.getString("id");
    String eleventhId = mineEleventh.getString("id");
    checkIn(staff, first, seventhId, 2, 200);
    checkIn(staff, first, ninthId, 1, 200);
    checkIn(staff, first, tenthId, 0, 200);
    checkIn(staff, first, seventhId, 3, 409);
    checkIn(staff, first, eleventhId, 1, 409);
    String twelfthId = ok(commune.verifiedCitizen(12).get(SHIFTS + "/registrations/mine")).jsonArray()
        .getJsonObject(0).getString("id");
    checkIn(staff, second, twelfthId, 1, 200);

    var done = ok(staff.post(WORKSITES + "/" + worksite + "/completion",
        "{\"note\": \"Mur repeint en une matinée.\"}")).json();
    assertEquals("COMPLETED", done.getString("status"));
    assertEquals(12.5, done.getJsonNumber("volunteerHours").doubleValue(), 1e-9,
        "3 people × 3 h + 1 person × 3.5 h");
    assertEquals(409, commune.verifiedCitizen(13).post(SHIFTS + "/" + second + "/registrations",
        "{\"companions\": 0, \"minimumAgeMet\": true}").status(), "a completed worksite takes no registration");
    var years = ok(commune.tenant().http().get(WORKSITES + "/statistics")).jsonArray();
    assertEquals(1, years.size());
    assertEquals(12.5, years.getJsonObject(0).getJsonNumber("volunteerHours").doubleValue(), 1e-9);
    assertEquals(4, years.getJsonObject(0).getInt("attendees"));

    var map = ok(commune.tenant().http().get(WORKSITES + "/map")).json();
    assertEquals("FeatureCollection", map.getString("type"));
    var feature = map.getJsonArray("features").getJsonObject(0);
    assertEquals(5.7245, feature.getJsonObject("geometry").getJsonArray("coordinates")
        .getJsonNumber(0).doubleValue(), 1e-9, "GeoJSON puts the longitude first");
    assertEquals("COMPLETED", feature.getJsonObject("properties").getString("status"));
  }

  @Test
  void simultaneousCancellationsPromoteEachWaitingPersonExactlyOnce() throws Exception {
    var commune = commune("annulations");
    var staff = commune.withRole("agent", "STAFF");
    String worksite = acceptedWorksite(commune, staff, 1);
    Instant start = Instant.now().plus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    String shift = shift(staff, worksite, start, start.plus(2, ChronoUnit.HOURS), 4);

    List<TenantHttp> confirmed = new ArrayList<>();
    for (int i = 2; i <= 5; i++) {
      var citizen = commune.verifiedCitizen(i);
      assertEquals("CONFIRMED", register(citizen, shift, 0, 201).getString("status"));
      confirmed.add(citizen);
    }
    for (int i = 6; i <= 12; i++) {
      assertEquals("WAITING", register(commune.verifiedCitizen(i), shift, 0, 201).getString("status"));
    }

    // The four confirmed people cancel at once, each twice: 4 × 204, 4 × 404.
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<CompletableFuture<TenantHttp.Reply>> replies = new ArrayList<>();
      for (int round = 0; round < 2; round++) {
        for (var citizen : confirmed) {
          replies.add(CompletableFuture.supplyAsync(() -> {
            await(go);
            return citizen.delete(SHIFTS + "/" + shift + "/registrations/mine");
          }, pool));
        }
      }
      go.countDown();
      int cancelled = 0;
      int missing = 0;
      List<String> seen = new ArrayList<>();
      for (var reply : replies) {
        var r = reply.get();
        seen.add(r.toString());
        cancelled += r.status() == 204 ? 1 : 0;
        missing += r.status() == 404 ? 1 : 0;
      }
      assertEquals(4, cancelled, seen::toString);
      assertEquals(4, missing, seen::toString);
    } finally {
      pool.shutdownNow();
    }

    var registrations = ok(staff.get(SHIFTS + "/" + shift + "/registrations")).jsonArray();
    assertEquals(7, registrations.size());
    long nowConfirmed = registrations.stream().map(JsonObject.class::cast)
        .filter(r -> r.getString("status").equals("CONFIRMED")).count();
    assertEquals(4, nowConfirmed, "four places freed, four people promoted");
    for (int i = 6; i <= 9; i++) {
      var mine = ok(commune.verifiedCitizen(i).get(SHIFTS + "/registrations/mine")).jsonArray();
      assertEquals("CONFIRMED", mine.getJsonObject(0).getString("status"), "person " + i);
      inbox(commune, i).awaitSubject("place s'est libérée");
    }
    for (int i = 10; i <= 12; i++) {
      var mine = ok(commune.verifiedCitizen(i).get(SHIFTS + "/registrations/mine")).jsonArray();
      assertEquals(i - 9, mine.getJsonObject(0).getInt("waitingRank"), "the order of arrival holds");
    }
    Thread.sleep(2_000); // late duplicates would have arrived by now
    for (int i = 6; i <= 9; i++) {
      assertEquals(1, inbox(commune, i).withSubject("place s'est libérée").size(), "person " + i);
    }
    for (int i = 10; i <= 12; i++) {
      assertTrue(inbox(commune, i).withSubject("place s'est libérée").isEmpty(), "person " + i);
    }
    var view = ok(commune.tenant().http().get(WORKSITES + "/" + worksite)).json()
        .getJsonArray("shifts").getJsonObject(0);
    assertEquals(0, view.getInt("freePlaces"));
    assertEquals(3, view.getInt("waiting"));
    // Eight people register at once for a shift of four places: four are confirmed, four wait,
    // each with a rank of its own.
    String rush = shift(staff, worksite, start.plus(1, ChronoUnit.DAYS),
        start.plus(1, ChronoUnit.DAYS).plus(2, ChronoUnit.HOURS), 4);
    List<TenantHttp> rushing = new ArrayList<>();
    for (int i = 13; i <= 20; i++) {
      rushing.add(commune.verifiedCitizen(i));
    }
    ExecutorService crowd = Executors.newFixedThreadPool(8);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<CompletableFuture<TenantHttp.Reply>> replies = new ArrayList<>();
      for (var citizen : rushing) {
        replies.add(CompletableFuture.supplyAsync(() -> {
          await(go);
          return citizen.post(SHIFTS + "/" + rush + "/registrations", "{\"companions\": 0, \"minimumAgeMet\": true}");
        }, crowd));
      }
      go.countDown();
      List<String> statuses = new ArrayList<>();
      List<Integer> ranks = new ArrayList<>();
      for (var reply : replies) {
        var r = reply.get();
        assertEquals(201, r.status(), r::toString);
        statuses.add(r.json().getString("status"));
        if (!r.json().isNull("waitingRank")) {
          ranks.add(r.json().getInt("waitingRank"));
        }
      }
      assertEquals(4, statuses.stream().filter("CONFIRMED"::equals).count(), statuses::toString);
      assertEquals(List.of(1, 2, 3, 4), ranks.stream().sorted().toList());
    } finally {
      crowd.shutdownNow();
    }
  }

  @Test
  void duplicatesAreMergedWithTheirSupportersAndDeclinedReportsGiveTheirReason() {
    var commune = commune("doublons");
    var staff = commune.withRole("agent", "STAFF");
    var moderator = commune.withRole("moderatrice", "MODERATOR");
    String kept = ok(commune.verifiedCitizen(1).post(REPORTS, "{\"title\": \"Nettoyer les berges\","
        + " \"description\": \"Déchets le long de l'Isère.\", \"latitude\": 45.19,"
        + " \"longitude\": 5.73}")).json().getString("id");
    String duplicate = ok(commune.verifiedCitizen(2).post(REPORTS, "{\"title\": \"Berges sales\","
        + " \"description\": \"Plastiques sur la rive.\", \"latitude\": 45.191,"
        + " \"longitude\": 5.731}")).json().getString("id");
    ok(commune.verifiedCitizen(3).post(REPORTS + "/" + duplicate + "/supports", null));
    ok(commune.verifiedCitizen(4).post(REPORTS + "/" + duplicate + "/supports", null));
    ok(commune.verifiedCitizen(4).post(REPORTS + "/" + kept + "/supports", null));

    var merged = staff.post(REPORTS + "/" + duplicate + "/merge",
        "{\"into\": \"" + kept + "\", \"reason\": \"Même endroit\"}");
    assertEquals(200, merged.status(), merged::toString);
    assertEquals("MERGED", merged.json().getString("status"));
    assertEquals(kept, merged.json().getString("mergedIntoId"));
    assertEquals(3, ok(commune.tenant().http().get(REPORTS + "/" + kept)).json()
        .getJsonNumber("supports").longValue(), "persons 2 and 3 carried over, 4 counted once");
    for (int person : new int[] {2, 3, 4}) {
      var notice = inbox(commune, person).awaitSubject("regroupé");
      assertTrue(notice.text().contains("Même endroit"), notice::toString);
    }
    assertEquals(409, commune.verifiedCitizen(5).post(REPORTS + "/" + duplicate + "/supports", null).status());

    var declined = ok(staff.post(REPORTS + "/" + kept + "/decline",
        "{\"reason\": \"Les berges relèvent de la métropole.\"}")).json();
    assertEquals("DECLINED", declined.getString("status"));
    assertEquals("Les berges relèvent de la métropole.", declined.getString("publicReason"));
    for (int person : new int[] {1, 2, 3, 4}) {
      assertTrue(inbox(commune, person).awaitSubject("refusé").text().contains("métropole"),
          "person " + person);
    }

    String rude = ok(commune.verifiedCitizen(6).post(REPORTS, "{\"title\": \"Propos injurieux\","
        + " \"description\": \"...\", \"latitude\": 45.2, \"longitude\": 5.7}")).json().getString("id");
    assertEquals(204, commune.verifiedCitizen(7).post(REPORTS + "/" + rude + "/abuse-reports", null).status());
    assertEquals(204, commune.verifiedCitizen(7).post(REPORTS + "/" + rude + "/abuse-reports", null).status());
    assertEquals(204, commune.verifiedCitizen(8).post(REPORTS + "/" + rude + "/abuse-reports", null).status());
    assertEquals(403, commune.verifiedCitizen(8).get(REPORTS + "/flagged").status());
    var queue = ok(moderator.get(REPORTS + "/flagged")).jsonArray();
    assertEquals(1, queue.size(), queue::toString);
    assertEquals(2, queue.getJsonObject(0).getInt("flags"), "one flag per person");
    assertEquals(403, commune.verifiedCitizen(7).post(REPORTS + "/" + rude + "/hiding",
        "{\"reason\": \"x\"}").status());
    var hidden = ok(moderator.post(REPORTS + "/" + rude + "/hiding",
        "{\"reason\": \"Contraire à la charte\"}")).json();
    assertTrue(hidden.getBoolean("hidden"));
    var publicView = ok(commune.tenant().http().get(REPORTS + "/" + rude)).json();
    assertTrue(publicView.isNull("title"), "the content of a hidden report is not shown");
    assertEquals("Contraire à la charte", publicView.getString("hiddenReason"));
    assertFalse(ok(commune.tenant().http().get(REPORTS)).body().contains("Propos injurieux"));
    assertEquals("[]", ok(moderator.get(REPORTS + "/flagged")).body().replaceAll("\\s", ""),
        "a hidden report leaves the queue");
  }

  @Test
  void anotherTenantSeesNothingOfAWorksite() {
    var here = commune("chantier-ici");
    var there = commune("chantier-ailleurs");
    var staff = here.withRole("agent", "STAFF");
    String worksite = acceptedWorksite(here, staff, 1);
    String report = ok(here.tenant().http().get(REPORTS)).jsonArray().getJsonObject(0).getString("id");
    Instant start = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    String shift = shift(staff, worksite, start, start.plus(2, ChronoUnit.HOURS), 5);
    register(here.verifiedCitizen(2), shift, 0, 201);

    var outsider = there.tenant().http();
    assertEquals("[]", ok(outsider.get(WORKSITES)).body().replaceAll("\\s", ""));
    assertEquals("[]", ok(outsider.get(REPORTS)).body().replaceAll("\\s", ""));
    assertEquals(0, ok(outsider.get(WORKSITES + "/map")).json().getJsonArray("features").size());
    assertEquals(404, outsider.get(WORKSITES + "/" + worksite).status());
    assertEquals(404, outsider.get(REPORTS + "/" + report).status());
    assertEquals(404, there.verifiedCitizen(3).post(REPORTS + "/" + report + "/supports", null).status());
    assertEquals(404, there.verifiedCitizen(3).post(SHIFTS + "/" + shift + "/registrations",
        "{\"companions\": 0, \"minimumAgeMet\": true}").status());
    assertEquals(404, there.admin().get(SHIFTS + "/" + shift + "/registrations").status());
    assertEquals(404, there.admin().post(WORKSITES + "/" + worksite + "/completion", "{}").status());
    assertEquals(404, outsider.getHtml("/worksites/" + worksite).status());
    assertFalse(outsider.getHtml("/worksites").body().contains("Désherber"));
    assertTrue(here.tenant().http().getHtml("/worksites").body().contains("Désherber"));
  }

  @Test
  void photosShowTheNeedAndTheWorkDoneWithTheirTextAlternative() throws Exception {
    var commune = commune("photos");
    var staff = commune.withRole("agent", "STAFF");
    var reporterHttp = commune.verifiedCitizen(1);
    String reporter = TestIdentities.person("citoyen1-" + commune.tenant().slug()).token();
    String agent = TestIdentities.person("agent-" + commune.tenant().slug()).token();
    String report = ok(reporterHttp.post(REPORTS, "{\"title\": \"Banc cassé\", \"description\":"
        + " \"Planches arrachées.\", \"latitude\": 45.18, \"longitude\": 5.72}")).json().getString("id");
    byte[] png = png();

    var bytes = postBytes(commune, reporter, REPORTS + "/" + report + "/photos?filename=banc.png&caption=Banc",
        png, "image/png");
    assertEquals(201, bytes.statusCode(), bytes::body);
    var photos = ok(commune.tenant().http().get(REPORTS + "/" + report)).json().getJsonArray("photos");
    assertFalse(photos.isEmpty());
    String url = photos.getJsonObject(photos.size() - 1).getString("url");
    assertEquals("Banc", photos.getJsonObject(photos.size() - 1).getString("caption"));
    var image = getBytes(commune, url);
    assertEquals(200, image.statusCode());
    assertTrue(image.headers().firstValue("Content-Type").orElse("").startsWith("image/png"));

    assertEquals(400, postBytes(commune, reporter, REPORTS + "/" + report + "/photos?filename=x.png",
        png, "image/png").statusCode(), "a photo needs its text alternative");
    assertEquals(415, postBytes(commune, reporter, REPORTS + "/" + report + "/photos?filename=x.pdf&caption=x",
        "%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
        "application/pdf").statusCode(), "a PDF is not a photo");

    String worksite = ok(staff.post(REPORTS + "/" + report + "/acceptance", null)).json().getString("worksiteId");
    assertEquals(403, postBytes(commune, reporter, WORKSITES + "/" + worksite + "/photos?kind=BEFORE&caption=Avant",
        png, "image/png").statusCode());
    assertEquals(201, postBytes(commune, agent, WORKSITES + "/" + worksite + "/photos?kind=BEFORE&caption=Avant",
        png, "image/png").statusCode());
    assertEquals(201, postBytes(commune, agent, WORKSITES + "/" + worksite + "/photos?kind=AFTER&caption="
        + "Banc%20r%C3%A9par%C3%A9", png, "image/png").statusCode());
    var kinds = ok(commune.tenant().http().get(WORKSITES + "/" + worksite)).json().getJsonArray("photos")
        .stream().map(JsonObject.class::cast).map(p -> p.getString("kind")).toList();
    assertEquals(List.of("BEFORE", "AFTER"), kinds);
    var page = commune.tenant().http().getHtml("/worksites/" + worksite);
    assertTrue(page.body().contains("alt=\"Banc réparé\""), page.body());
  }

  /** A real 8×8 PNG. */
  static byte[] png() throws java.io.IOException {
    var image = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
    image.setRGB(3, 3, 0x3366cc);
    var out = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  private static java.net.http.HttpResponse<String> postBytes(VerifiedCommune commune, String token,
      String path, byte[] body, String type) throws Exception {
    return raw(commune, path, token, java.net.http.HttpRequest.BodyPublishers.ofByteArray(body), type,
        java.net.http.HttpResponse.BodyHandlers.ofString());
  }

  private static java.net.http.HttpResponse<byte[]> getBytes(VerifiedCommune commune, String path)
      throws Exception {
    return raw(commune, path, null, null, null, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
  }

  private static <T> java.net.http.HttpResponse<T> raw(VerifiedCommune commune, String path, String token,
      java.net.http.HttpRequest.BodyPublisher body, String type,
      java.net.http.HttpResponse.BodyHandler<T> handler) throws Exception {
    int port = Integer.getInteger("parvis.it.http.port", 8080);
    var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + path))
        .header("Host", commune.tenant().host() + ":" + port)
        .header("Accept", "application/json, image/*");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (body != null) {
      request.header("Content-Type", type).POST(body);
    }
    return java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1)
        .build().send(request.build(), handler);
  }

  private static void checkIn(TenantHttp staff, String shift, String registration, int attendees,
      int expected) {
    var reply = staff.put(SHIFTS + "/" + shift + "/registrations/" + registration + "/attendance",
        "{\"attendees\": " + attendees + "}");
    assertEquals(expected, reply.status(), reply::toString);
  }

  private static String itemId(jakarta.json.JsonArray items, String name) {
    return items.stream().map(JsonObject.class::cast).filter(i -> i.getString("name").equals(name))
        .findFirst().orElseThrow().getString("id");
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
