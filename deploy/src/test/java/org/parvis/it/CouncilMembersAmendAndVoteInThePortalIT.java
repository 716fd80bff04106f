package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parvis.it.DevelopmentCouncilAdoptsAContributionPerCollegeIT.ok;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parvis.it.DevelopmentCouncilAdoptsAContributionPerCollegeIT.Council;
import org.parvis.testsupport.IntegrationServices;
import org.parvis.testsupport.ParvisDeployment;
import org.parvis.testsupport.PortalBrowser;
import org.parvis.testsupport.TestIdentities;

/**
 * Council members who are volunteers, not developers, work on a contribution with the portal's
 * plain forms only: a member proposes a self-referral that the bureau takes up, opens a
 * contribution and writes its section; they comment, propose amendments that the pen holder
 * accepts, vote per college and read the result, which is the API's; the secretariat publishes,
 * sends and records the response in its page; the bureau runs a workshop with the kit (agenda,
 * attendance, minutes). Outsiders get 403, a forged form is refused, a refused form comes back
 * with the reason and what was typed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CouncilMembersAmendAndVoteInThePortalIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ParvisDeployment.builtWar();
  }

  @BeforeAll
  static void keycloakKnowsThePlatformHost() {
    IntegrationServices.keycloak().admin().allowPortalRedirect(
        "http://localhost:" + Integer.getInteger("parvis.it.http.port"));
  }

  @Test
  void membersCommentAmendAndVoteThroughThePagesAndReadTheResultPerCollege() {
    var council = Council.setUp("conseil-portail");
    String annaId = council.appoint("anna", council.economy(), "DESIGNATED", "CCI du Grand Pays", false);
    council.appoint("bruno", council.economy(), "DESIGNATED", "Union des artisans", false);
    String chloeId = council.appoint("chloe", council.citizens(), "VOLUNTEER", null, false);
    String denis = council.appoint("denis", council.citizens(), "VOLUNTEER", null, false);
    ok(council.commune().admin().put("/api/council/members/" + denis + "/roles", "{\"roles\": [\"BUREAU\"]}"));

    // Chloe proposes a self-referral and opens a contribution with its section, in the pages only.
    var chloe = browser(council, "chloe", "/council/space");
    var space = chloe.open("/council/space");
    assertTrue(space.body().contains("<label for=\"propose-deadline\">"), space.body());
    var badDate = chloe.submit("/council/space/referrals", Map.of("csrf", space.csrf(),
        "title", "Tiers-lieux", "question", "Comment soutenir les tiers-lieux ?", "deadline", "bientôt"));
    assertEquals(422, badDate.status(), badDate.body());
    assertTrue(badDate.body().contains("role=\"alert\""), badDate.body());
    assertTrue(badDate.body().contains(">Comment soutenir les tiers-lieux ?</textarea>"), "the typed text is kept");
    var proposed = chloe.submit("/council/space/referrals", Map.of("csrf", space.csrf(), "title", "Tiers-lieux",
        "question", "Comment soutenir les tiers-lieux ?", "deadline", LocalDate.now().plusDays(60).toString()));
    assertEquals(200, proposed.status(), proposed.body());
    assertTrue(proposed.body().contains("role=\"status\""), proposed.body());
    assertFalse(proposed.body().contains("Retenir « Tiers-lieux »"), "only the bureau decides");
    String selfReferral = ok(council.commune().tenant().http().get("/api/council/referrals")).jsonArray().stream()
        .map(JsonValue::asJsonObject).filter(r -> r.getString("title").equals("Tiers-lieux")).findFirst()
        .orElseThrow().getString("id");
    assertEquals(422, chloe.submit("/council/space/referrals/" + selfReferral + "/decision",
        Map.of("csrf", space.csrf(), "decision", "accept")).status(), "chloe is not in the bureau");
    var bureau = browser(council, "denis", "/council/space");
    var denisSpace = bureau.open("/council/space");
    assertTrue(denisSpace.body().contains("Retenir « Tiers-lieux »"), denisSpace.body());
    var decided = bureau.submit("/council/space/referrals/" + selfReferral + "/decision",
        Map.of("csrf", denisSpace.csrf(), "decision", "accept"));
    assertEquals(200, decided.status(), decided.body());
    assertEquals("OPEN", ok(council.commune().tenant().http().get("/api/council/referrals/" + selfReferral))
        .json().getString("status"));

    var opened = chloe.submit("/council/space/contributions", Map.of("csrf", space.csrf(),
        "title", "Avis sur les mobilités <rurales>", "referral", ""));
    assertEquals(200, opened.status(), opened.body());
    var drafts = ok(council.as("chloe").get("/api/council/contributions")).jsonArray();
    assertEquals(1, drafts.size(), drafts::toString);
    String id = drafts.getJsonObject(0).getString("id");
    String api = "/api/council/contributions/" + id;
    String page = "/council/space/contributions/" + id;
    var sectioned = chloe.submit(page + "/sections", Map.of("csrf", space.csrf(),
        "heading", "Mobilités", "text", "Développer le covoiturage."));
    assertEquals(200, sectioned.status(), sectioned.body());
    assertTrue(sectioned.body().contains("<h2 id=\"section-"), sectioned.body());
    String section = ok(council.as("chloe").get(api)).json().getJsonArray("sections").getJsonObject(0).getString("id");
    Instant start = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
    String workshop = ok(council.commune().admin().post("/api/council/meetings", """
        {"title": "Atelier ouvert : covoiturage", "startsAt": "%s", "endsAt": "%s",
         "place": "Médiathèque", "agenda": "Cartes des trajets", "capacity": 2}"""
        .formatted(start, start.plus(2, ChronoUnit.HOURS)))).json().getString("id");

    var anna = browser(council, "anna", "/council/space");
    var home = anna.open("/council/space");
    assertEquals(200, home.status(), home.body());
    assertTrue(home.body().contains("href=\"" + page + "\">Avis sur les mobilités &lt;rurales&gt;</a>"), home.body());
    assertTrue(home.body().contains("Atelier ouvert : covoiturage"), home.body());
    assertTrue(home.body().contains("<a href=\"/council/meetings/" + workshop + ".ics\" download>"), home.body());
    var ics = council.commune().tenant().http().send("GET", "/council/meetings/" + workshop + ".ics", null,
        "text/calendar");
    assertEquals(200, ics.status(), ics::toString);
    assertTrue(ics.body().contains("UID:council-meeting-" + workshop), "the invitations' uid: " + ics.body());
    assertTrue(ics.body().contains("SUMMARY:Atelier ouvert : covoiturage"), ics.body());
    String annaAddress = "anna-" + council.slug() + "@atelier.example.org";
    var registered = anna.submit("/council/space/meetings/" + workshop + "/registrations",
        Map.of("csrf", home.csrf(), "name", "Anna", "email", annaAddress));
    assertEquals(200, registered.status(), registered.body());
    assertTrue(registered.body().contains("Atelier ouvert : 1 inscrit(s) sur 2 places."), registered.body());
    assertEquals(1, ok(council.commune().tenant().http().get("/api/council/meetings/" + workshop)).json()
        .getInt("registered"));

    var commented = anna.submit(page + "/sections/" + section + "/comments",
        Map.of("csrf", home.csrf(), "text", "Et les bus ?"));
    assertEquals(200, commented.status(), commented.body());
    assertTrue(commented.body().contains("role=\"status\""), commented.body());
    assertTrue(commented.body().contains("<strong>anna</strong> : Et les bus ?"), commented.body());
    assertTrue(commented.body().contains("<label for=\"comment-" + section + "\">"), "labelled fields");
    assertFalse(commented.body().contains("value=\"accept\""), "only the pen holder decides amendments");

    var bruno = browser(council, "bruno", page);
    var form = bruno.open(page);
    assertEquals(200, form.status(), form.body());
    assertEquals(403, bruno.submit(page + "/sections/" + section + "/comments",
        Map.of("csrf", "forged", "text", "Faux")).status());
    String busText = "Développer le covoiturage et les lignes de bus.";
    var incomplete = bruno.submit(page + "/sections/" + section + "/amendments",
        Map.of("csrf", form.csrf(), "text", busText, "reason", "  "));
    assertEquals(422, incomplete.status(), incomplete.body());
    assertTrue(incomplete.body().contains("role=\"alert\""), incomplete.body());
    assertTrue(incomplete.body().contains(">" + busText + "</textarea>"), "the typed text is kept");
    var amended = bruno.submit(page + "/sections/" + section + "/amendments",
        Map.of("csrf", form.csrf(), "text", busText, "reason", "Suite au commentaire d'Anna"));
    assertEquals(200, amended.status(), amended.body());
    var amendments = ok(council.as("chloe").get(api)).json().getJsonArray("amendments");
    assertEquals(1, amendments.size(), "the refused form changed nothing");
    String amendment = amendments.getJsonObject(0).getString("id");

    var notThePen = anna.submit(page + "/amendments/" + amendment + "/decision",
        Map.of("csrf", home.csrf(), "decision", "accept"));
    assertEquals(422, notThePen.status(), notThePen.body());
    assertTrue(notThePen.body().contains("role=\"alert\""), notThePen.body());

    var pen = chloe.open(page);
    assertTrue(pen.body().contains("value=\"accept\""), pen.body());
    var accepted = chloe.submit(page + "/amendments/" + amendment + "/decision",
        Map.of("csrf", pen.csrf(), "decision", "accept"));
    assertEquals(200, accepted.status(), accepted.body());
    assertEquals(busText, ok(council.as("chloe").get(api)).json().getJsonArray("sections")
        .getJsonObject(0).getString("text"));
    var voting = chloe.submit(page + "/vote", Map.of("csrf", pen.csrf()));
    assertEquals(200, voting.status(), voting.body());
    assertTrue(voting.body().contains("<label for=\"choice-FOR\">Pour</label>"), voting.body());
    assertFalse(voting.body().contains("choice-CONSENT"), "the charter adopts by majority");

    var wrongMethod = anna.submit(page + "/votes/mine", Map.of("csrf", home.csrf(), "choice", "CONSENT"));
    assertEquals(422, wrongMethod.status(), wrongMethod.body());
    assertTrue(wrongMethod.body().contains("role=\"alert\""), wrongMethod.body());
    assertEquals(200, anna.submit(page + "/votes/mine", Map.of("csrf", home.csrf(), "choice", "FOR")).status());
    var brunoVoted = bruno.submit(page + "/votes/mine", Map.of("csrf", form.csrf(), "choice", "AGAINST"));
    assertTrue(brunoVoted.body().contains("id=\"choice-AGAINST\" name=\"choice\" value=\"AGAINST\" checked"),
        brunoVoted.body());
    var brunoChanged = bruno.submit(page + "/votes/mine", Map.of("csrf", form.csrf(), "choice", "FOR"));
    assertTrue(brunoChanged.body().contains("id=\"choice-FOR\" name=\"choice\" value=\"FOR\" checked"),
        "a new vote replaces the old one");
    assertEquals(200, chloe.submit(page + "/votes/mine", Map.of("csrf", pen.csrf(), "choice", "FOR")).status());
    var closed = chloe.submit(page + "/vote/close", Map.of("csrf", pen.csrf()));
    assertEquals(200, closed.status(), closed.body());

    var outsider = browser(council, "olga", "/council/space");
    assertEquals(403, outsider.open("/council/space").status());
    assertEquals(403, outsider.open(page).status());
    assertEquals(403, outsider.submit(page + "/votes/mine",
        Map.of("csrf", outsider.open("/").csrf(), "choice", "FOR")).status());

    JsonObject fromApi = ok(council.as("chloe").get(api)).json();
    assertEquals("ADOPTED", fromApi.getString("status"), "a majority in each voting college");
    var colleges = fromApi.getJsonObject("result").getJsonArray("colleges");
    assertEquals(2, colleges.size());
    var result = anna.open(page);
    assertTrue(result.body().contains("Adopté par majorité, dans chaque collège"), result.body());
    for (JsonValue value : colleges) {
      var college = value.asJsonObject();
      String line = "Collège " + college.getString("name") + " : " + college.getInt("yes") + " pour, "
          + college.getInt("no") + " contre, " + college.getInt("neutral") + " abstention(s) ou retrait(s) — "
          + (college.getBoolean("passed") ? "adopté" : "pas adopté") + " dans ce collège";
      assertTrue(result.body().contains(line), "the page shows the API's count: " + line);
    }

    // The secretariat publishes, sends and records the response in its own page; members cannot.
    assertEquals(403, anna.open("/council/secretariat").status(), "a member is not the secretariat");
    var secretariat = browser(council, "admin", "/council/secretariat");
    var desk = secretariat.open("/council/secretariat");
    assertEquals(200, desk.status(), desk.body());
    assertTrue(desk.body().contains("Publier « Avis sur les mobilités &lt;rurales&gt; » avec le résultat du vote"),
        desk.body());
    String steps = "/council/secretariat/contributions/" + id;
    assertEquals(200, secretariat.submit(steps + "/publication", Map.of("csrf", desk.csrf())).status());
    var tooEarly = secretariat.submit(steps + "/response", Map.of("csrf", desk.csrf(),
        "response", "Merci pour cet avis.", "changes", ""));
    assertEquals(422, tooEarly.status(), tooEarly.body());
    assertTrue(tooEarly.body().contains("role=\"alert\""), tooEarly.body());
    assertTrue(tooEarly.body().contains("pas été transmis"),
        "the refusal in the tenant's language: " + tooEarly.body());
    assertEquals(200, secretariat.submit(steps + "/sending", Map.of("csrf", desk.csrf())).status());
    var answered = secretariat.submit(steps + "/response", Map.of("csrf", desk.csrf(),
        "response", "Merci pour cet avis.", "changes", "Une ligne de bus rurale à l'essai"));
    assertEquals(200, answered.status(), answered.body());
    var followed = ok(council.commune().tenant().http().get("/api/council/published/" + id)).json();
    assertEquals("ANSWERED", followed.getString("status"));
    assertEquals("Une ligne de bus rurale à l'essai", followed.getString("responseChanges"));

    // Denis (bureau) runs the workshop with the kit: agenda, start, attendance, minutes.
    String meetingPage = "/council/space/meetings/" + workshop;
    var readOnly = anna.open(meetingPage);
    assertEquals(200, readOnly.status(), readOnly.body());
    assertFalse(readOnly.body().contains("action=\"" + meetingPage + "/start\""), "anna does not organise");
    var kit = bureau.open(meetingPage);
    assertTrue(kit.body().contains("<label for=\"agenda\">"), kit.body());
    assertEquals(200, bureau.submit(meetingPage + "/agenda", Map.of("csrf", kit.csrf(),
        "agenda", "1. Cartes des trajets\n2. Propositions")).status());
    var notYet = bureau.submit(meetingPage + "/conclusion", Map.of("csrf", kit.csrf(), "minutes", "Trop tôt"));
    assertEquals(422, notYet.status(), notYet.body());
    assertTrue(notYet.body().contains("role=\"alert\""), notYet.body());
    var running = bureau.submit(meetingPage + "/start", Map.of("csrf", kit.csrf()));
    assertEquals(200, running.status(), running.body());
    assertTrue(running.body().contains("<label for=\"present-" + annaId + "\">anna</label>"), running.body());
    assertEquals(200, bureau.submit(meetingPage + "/attendance", Map.of("csrf", kit.csrf(),
        "present-" + annaId, "on", "present-" + chloeId, "on")).status());
    var concluded = bureau.submit(meetingPage + "/conclusion", Map.of("csrf", kit.csrf(),
        "minutes", "Trois trajets prioritaires retenus."));
    assertEquals(200, concluded.status(), concluded.body());
    assertTrue(concluded.body().contains("Trois trajets prioritaires retenus."), concluded.body());
    var meetingRead = ok(council.commune().tenant().http().get("/api/council/meetings/" + workshop)).json();
    assertEquals("CONCLUDED", meetingRead.getString("stage"));
    assertEquals(Set.of(annaId, chloeId), meetingRead.getJsonArray("present").getValuesAs(JsonString.class)
        .stream().map(JsonString::getString).collect(Collectors.toSet()));
    assertEquals("1. Cartes des trajets\n2. Propositions", meetingRead.getString("agenda"));
  }

  private static PortalBrowser browser(Council council, String name, String returnPath) {
    if ("olga".equals(name)) {
      council.citizen(name);
    }
    var account = TestIdentities.person(name + "-" + council.slug());
    var browser = new PortalBrowser(council.commune().tenant().host());
    browser.signIn(account.username(), account.password(), returnPath);
    return browser;
  }
}
