package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parvis.testsupport.Mailbox;
import org.parvis.testsupport.ParvisDeployment;
import org.parvis.testsupport.TenantFixtures;
import org.parvis.testsupport.TenantHttp;
import org.parvis.testsupport.TestIdentities;

/**
 * A development council is set up with colleges and seats, its members appointed or drawn by lot;
 * it receives a referral, a working group meets, and its members draft, amend and adopt a
 * contribution per college, which is published, sent and answered. The activity report counts
 * exactly that; people outside the council cannot vote; another tenant sees nothing of it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DevelopmentCouncilAdoptsAContributionPerCollegeIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ParvisDeployment.builtWar();
  }

  /** A council with three colleges (two voting) adopting by simple majority in each college. */
  record Council(VerifiedCommune commune, String economy, String citizens, String observers) {

    static Council setUp(String prefix) {
      var commune = VerifiedCommune.enabling(prefix, "council", "{}");
      var admin = commune.admin();
      ok(admin.put("/api/council", """
          {"name": "Conseil de développement du Grand Pays", "territory": "Grand Pays",
           "mandateYears": 3, "adoptionMethod": "MAJORITY", "adoptionScope": "PER_COLLEGE",
           "majorityPercent": 50}"""));
      ok(admin.post("/api/council/colleges", "{\"name\": \"Acteurs économiques\", \"seats\": 2, \"voting\": true}"));
      ok(admin.post("/api/council/colleges", "{\"name\": \"Citoyens\", \"seats\": 2, \"voting\": true}"));
      var council = ok(admin.post("/api/council/colleges",
          "{\"name\": \"Élus observateurs\", \"seats\": 1, \"voting\": false}")).json();
      Map<String, String> ids = council.getJsonArray("colleges").stream().map(JsonValue::asJsonObject)
          .collect(Collectors.toMap(c -> c.getString("name"), c -> c.getString("id")));
      return new Council(commune, ids.get("Acteurs économiques"), ids.get("Citoyens"), ids.get("Élus observateurs"));
    }

    String slug() {
      return commune.tenant().slug();
    }

    /** Appoints a new account to a college; returns the member's id. */
    String appoint(String name, String college, String appointment, String organisation, boolean isPublic) {
      var reply = commune.admin().post("/api/council/members", """
          {"subject": "%s", "displayName": "%s", "organisation": %s, "email": "%s",
           "profile": "Profil de %s", "publicProfile": %s, "collegeId": "%s", "appointment": "%s"}"""
          .formatted(subject(name), name, organisation == null ? "null" : "\"" + organisation + "\"",
              email(name), name, isPublic, college, appointment));
      assertEquals(201, reply.status(), reply::toString);
      return reply.json().getString("id");
    }

    String subject(String name) {
      return TestIdentities.person(name + "-" + slug()).subject();
    }

    String email(String name) {
      return name + "-" + slug() + "@conseil.example.org";
    }

    TenantHttp as(String name) {
      return commune.account(name);
    }

    /** Makes the account a citizen of the tenant (as volunteers are). */
    void citizen(String name) {
      TenantFixtures.appoint(commune.tenant(), TestIdentities.person(name + "-" + slug()), "CITIZEN");
    }
  }

  /** The smallest file the platform recognises as a PDF. */
  static final String MINIMAL_PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n";

  static TenantHttp.Reply ok(TenantHttp.Reply reply) {
    assertTrue(reply.status() / 100 == 2, reply::toString);
    return reply;
  }

  static void refused(int status, TenantHttp.Reply reply) {
    assertEquals(status, reply.status(), reply::toString);
    assertTrue(reply.isProblem(), reply::toString);
  }

  @Test
  void aReferralIsAnsweredByAContributionAdoptedInEachCollegeAndTheReportCountsIt() {
    var council = Council.setUp("conseil");
    var admin = council.commune().admin();

    ok(admin.post("/api/council/documents/charter", "{\"text\": \"Charte, version 1\"}"));
    ok(admin.post("/api/council/documents/charter", "{\"text\": \"Charte, version 2 : adoption par collège\"}"));
    var charter = council.commune().tenant().http().get("/api/council/documents/charter").jsonArray();
    assertEquals(2, charter.size(), "every published version is kept");
    assertEquals("Charte, version 1", charter.getJsonObject(0).getString("text"));

    // Members: designated by organisations, a volunteer, an observer; seats are limited.
    String anna = council.appoint("anna", council.economy(), "DESIGNATED", "CCI du Grand Pays", true);
    String bruno = council.appoint("bruno", council.economy(), "DESIGNATED", "Union des artisans", false);
    String chloe = council.appoint("chloe", council.citizens(), "VOLUNTEER", null, true);
    council.appoint("elu", council.observers(), "DESIGNATED", "Communauté de communes", false);
    refused(409, admin.post("/api/council/members", """
        {"subject": "%s", "displayName": "Trop", "organisation": "X", "collegeId": "%s",
         "appointment": "DESIGNATED"}""".formatted(council.subject("trop"), council.economy())));
    ok(admin.put("/api/council/members/" + anna + "/roles", "{\"roles\": [\"PRESIDENT\"]}"));
    ok(admin.put("/api/council/members/" + bruno + "/roles", "{\"roles\": [\"FACILITATOR\"]}"));

    // The last citizens' seat is drawn by lot among three volunteers, with a recorded seed.
    for (String volunteer : List.of("vera", "victor", "violette")) {
      council.citizen(volunteer);
      assertEquals(204, council.as(volunteer).post("/api/council/volunteers",
          "{\"collegeId\": \"" + council.citizens() + "\", \"displayName\": \"" + volunteer + "\"}").status());
    }
    var draw = ok(admin.post("/api/council/draws",
        "{\"colleges\": [\"" + council.citizens() + "\"], \"seed\": \"tirage public du 1er mars\"}")).json();
    assertEquals(3, draw.getInt("poolSize"));
    assertEquals(64, draw.getString("poolHash").length());
    assertEquals(1, draw.getJsonArray("members").size());
    var drawnMember = draw.getJsonArray("members").getJsonObject(0);
    assertEquals("DRAWN_BY_LOT", drawnMember.getString("appointment"));
    String drawn = drawnMember.getString("id");
    String drawnName = drawnMember.getString("displayName");

    var publicMembers = council.commune().tenant().http().get("/api/council/members/public").jsonArray();
    var publicNames = publicMembers.stream().map(m -> m.asJsonObject().getString("displayName")).toList();
    assertEquals(List.of("anna", "chloe"), publicNames, "only members who consented appear");
    var page = council.commune().tenant().http().getHtml("/council/members");
    assertEquals(200, page.status(), page::toString);
    assertTrue(page.body().contains("CCI du Grand Pays"));
    assertFalse(page.body().contains("Union des artisans"));

    // A referral from the intercommunality, and a self-referral taken up by the bureau only.
    var referral = ok(admin.post("/api/council/referrals", """
        {"title": "Plan climat", "question": "Quel avis sur le projet de plan climat ?",
         "deadline": "%s"}""".formatted(LocalDate.now().plusDays(40)))).json().getString("id");
    var self = ok(council.as("chloe").post("/api/council/referrals/self", """
        {"title": "Tiers-lieux", "question": "Comment soutenir les tiers-lieux ?", "deadline": "%s"}"""
        .formatted(LocalDate.now().plusDays(90)))).json();
    assertEquals("PROPOSED", self.getString("status"));
    String selfUri = "/api/council/referrals/" + self.getString("id") + "/decision";
    refused(409, council.as("bruno").post(selfUri, "{\"accept\": true}"));
    var document = admin.send("POST", "/api/council/referrals/" + referral + "/documents?filename=projet.pdf",
        MINIMAL_PDF, "application/pdf", "application/json");
    assertEquals(201, document.status(), document::toString);
    String fileUrl = document.json().getString("url");
    var referralRead = ok(council.commune().tenant().http().get("/api/council/referrals/" + referral)).json();
    assertEquals(document.json().getString("id"), referralRead.getJsonArray("documents").getString(0));
    assertEquals(200, council.commune().tenant().http().send("GET", fileUrl, null, "application/pdf").status());
    refused(415, admin.send("POST", "/api/council/referrals/" + referral + "/documents?filename=faux.pdf",
        "pas un pdf", "application/pdf", "application/json"));
    assertEquals("OPEN", ok(council.as("anna").post(selfUri, "{\"accept\": true}")).json().getString("status"));

    // A working group meets on the referral: prepared, run with attendance, concluded.
    var bru = council.as("bruno");
    String group = ok(bru.post("/api/council/groups",
        "{\"name\": \"Commission transition\", \"referralId\": \"" + referral + "\"}")).json().getString("id");
    for (String member : List.of(anna, chloe, drawn)) {
      ok(bru.post("/api/council/groups/" + group + "/members", "{\"memberId\": \"" + member + "\"}"));
    }
    Instant start = Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
    String meeting = ok(bru.post("/api/council/meetings", """
        {"groupId": "%s", "title": "Atelier plan climat", "startsAt": "%s", "endsAt": "%s",
         "place": "Maison des associations, salle 2", "videoLink": "https://visio.example.org/climat",
         "agenda": "1. Diagnostic\\n2. Propositions", "capacity": 0}"""
        .formatted(group, start, start.plus(2, ChronoUnit.HOURS)))).json().getString("id");
    String m = "/api/council/meetings/" + meeting;
    int invited = ok(bru.post(m + "/invitations", null)).json().getInt("sent");
    assertTrue(invited >= 2, "anna and chloe have an address: " + invited);
    MeetingInvitations.assertReceived(council.email("anna"), "Atelier plan climat", meeting);
    MeetingInvitations.assertReceived(council.email("chloe"), "Atelier plan climat", meeting);
    assertEquals(List.of(), Mailbox.of(council.email("bruno")).messages(), "bruno is not in the group");
    refused(409, bru.post(m + "/conclusion", "{\"minutes\": \"trop tôt\"}"));
    ok(bru.post(m + "/start", null));
    ok(bru.put(m + "/attendance", "{\"present\": [\"" + anna + "\", \"" + chloe + "\"]}"));
    var concluded = ok(bru.post(m + "/conclusion", "{\"minutes\": \"Diagnostic partagé.\"}")).json();
    int reminders = ok(admin.post("/api/council/reminders", "{\"days\": 60}")).json().getInt("sent");
    assertTrue(reminders >= 4, "each sitting member with an address is reminded of the plan climat: " + reminders);
    assertEquals(0, ok(admin.post("/api/council/reminders", "{\"days\": 60}")).json().getInt("sent"),
        "a member is reminded of a deadline once");
    assertTrue(Mailbox.text(Mailbox.of(council.email("anna")).awaitSubject("Plan climat", MeetingInvitations.MAIL_WAIT))
        .contains("Plan climat"));
    assertEquals("CONCLUDED", concluded.getString("stage"));

    // Chloe holds the pen; Anna comments; Bruno's amendments are accepted or rejected.
    var pen = council.as("chloe");
    var opened = ok(pen.post("/api/council/contributions",
        "{\"title\": \"Avis sur le plan climat\", \"referralId\": \"" + referral + "\"}")).json();
    String c = "/api/council/contributions/" + opened.getString("id");
    var drafted = ok(pen.post(c + "/sections", "{\"heading\": \"Mobilités\", \"text\": \"Développer le covoiturage.\"}")).json();
    String section = drafted.getJsonArray("sections").getJsonObject(0).getString("id");
    ok(council.as("anna").post(c + "/sections/" + section + "/comments", "{\"text\": \"Et les bus ?\"}"));
    var amended = ok(bru.post(c + "/sections/" + section + "/amendments", """
        {"text": "Développer le covoiturage et les lignes de bus.", "reason": "Suite au commentaire d'Anna"}""")).json();
    String kept = amended.getJsonArray("amendments").getJsonObject(0).getString("id");
    amended = ok(bru.post(c + "/sections/" + section + "/amendments",
        "{\"text\": \"Rien à ajouter.\", \"reason\": \"Test\"}")).json();
    String dropped = amended.getJsonArray("amendments").getJsonObject(1).getString("id");
    refused(409, pen.post(c + "/vote", null));
    refused(409, council.as(drawnName).post(c + "/amendments/" + kept + "/decision", "{\"accept\": true}"));
    ok(pen.post(c + "/amendments/" + kept + "/decision", "{\"accept\": true}"));
    var decided = ok(pen.post(c + "/amendments/" + dropped + "/decision", "{\"accept\": false}")).json();
    assertEquals("Développer le covoiturage et les lignes de bus.",
        decided.getJsonArray("sections").getJsonObject(0).getString("text"));

    // The vote: per college, by majority; outsiders and observers cannot vote; one vote each.
    ok(pen.post(c + "/vote", null));
    var outsider = council.commune().verifiedCitizen(1);
    refused(403, outsider.put(c + "/votes/mine", "{\"choice\": \"FOR\"}"));
    refused(409, council.as("elu").put(c + "/votes/mine", "{\"choice\": \"FOR\"}"));
    refused(409, council.as("anna").put(c + "/votes/mine", "{\"choice\": \"CONSENT\"}"));
    ok(council.as("anna").put(c + "/votes/mine", "{\"choice\": \"FOR\"}"));
    ok(council.as("bruno").put(c + "/votes/mine", "{\"choice\": \"AGAINST\"}"));
    var split = ok(pen.put(c + "/votes/mine", "{\"choice\": \"FOR\"}")).json().getJsonObject("result");
    assertFalse(split.getBoolean("adopted"), "1 for, 1 against is no majority among economic actors");
    var changed = ok(council.as("bruno").put(c + "/votes/mine", "{\"choice\": \"FOR\"}")).json();
    assertEquals(3, changed.getJsonArray("votes").size(), "voting again replaces the vote");
    var closed = ok(pen.post(c + "/vote/close", null)).json();
    assertEquals("ADOPTED", closed.getString("status"));
    JsonObject result = closed.getJsonObject("result");
    assertEquals(2, result.getJsonArray("colleges").size());
    assertEquals(2, result.getJsonArray("colleges").getJsonObject(0).getInt("yes"));
    assertEquals(1, result.getJsonArray("colleges").getJsonObject(1).getInt("yes"));
    refused(409, council.as(drawnName).put(c + "/votes/mine", "{\"choice\": \"FOR\"}"));

    // Published with its result, sent, answered.
    refused(403, pen.post(c + "/publication", null));
    ok(admin.post(c + "/publication", null));
    var published = council.commune().tenant().http().get("/api/council/published").jsonArray();
    assertEquals(1, published.size());
    assertTrue(published.getJsonObject(0).getJsonObject("result").getBoolean("adopted"));
    ok(admin.post(c + "/sending", null));
    assertEquals("ANSWERED", ok(admin.get("/api/council/referrals/" + referral)).json().getString("status"));
    var answered = ok(admin.put(c + "/response", """
        {"response": "Le plan climat intègre deux nouvelles lignes de bus.",
         "changes": "Ajout des lignes de bus 12 et 14"}""")).json();
    assertEquals("ANSWERED", answered.getString("status"));
    var avis = council.commune().tenant().http().getHtml("/council/contributions");
    assertEquals(200, avis.status(), avis::toString);
    assertTrue(avis.body().contains("Adopté par majorité, dans chaque collège : 3 pour, 0 contre"), avis.body());
    assertTrue(avis.body().contains("Ajout des lignes de bus 12 et 14"));

    // The activity report counts exactly this year's data.
    int year = LocalDate.ofInstant(start, ZoneId.of("Europe/Paris")).getYear();
    var report = ok(admin.get("/api/council/reports/" + year)).json();
    assertEquals(1, report.getInt("meetingsHeld"));
    assertEquals(1, report.getInt("groupMeetings"));
    var attendance = report.getJsonArray("attendance").stream().map(JsonValue::asJsonObject)
        .collect(Collectors.toMap(a -> a.getString("name"), a -> a));
    assertEquals(1, attendance.get("Acteurs économiques").getInt("expected"), "only anna is in the group");
    assertEquals(1, attendance.get("Acteurs économiques").getInt("present"));
    assertEquals(2, attendance.get("Citoyens").getInt("expected"));
    assertEquals(1, attendance.get("Citoyens").getInt("present"), "the drawn member was absent");
    assertEquals(50, attendance.get("Citoyens").getInt("ratePercent"));
    assertEquals(1, report.getInt("referralsReceived"));
    assertEquals(1, report.getInt("selfReferralsTakenUp"));
    assertEquals(1, report.getInt("contributionsAdopted"));
    assertEquals(1, report.getInt("contributionsSent"));
    assertEquals(1, report.getInt("responsesReceived"));
    var csv = ok(admin.send("GET", "/api/council/reports/" + year + ".csv", null, "text/csv"));
    assertTrue(csv.body().contains("attendance rate %,Citoyens,50\r\n"), csv.body());
    var printable = council.commune().tenant().http().getHtml("/council/reports/" + year);
    assertEquals(200, printable.status(), printable::toString);
    assertTrue(printable.body().contains("Ajout des lignes de bus 12 et 14"));
  }

  @Test
  void mandatesNearTheirEndAreRenewedOrEndedAndAnOpenWorkshopFillsUp() {
    var council = Council.setUp("conseil-mandats");
    var admin = council.commune().admin();
    String anna = council.appoint("anna", council.economy(), "DESIGNATED", "CCI", false);
    String bruno = council.appoint("bruno", council.economy(), "DESIGNATED", "CMA", false);
    assertEquals(0, ok(admin.get("/api/council/members/expiring?days=30")).jsonArray().size());
    assertEquals(2, ok(admin.get("/api/council/members/expiring?days=1200")).jsonArray().size(),
        "three-year mandates end within 1,200 days");

    var renewed = ok(admin.post("/api/council/members/" + anna + "/renewal", null)).json();
    assertEquals(LocalDate.parse(renewed.getString("mandateStart")).plusYears(3).toString(),
        renewed.getString("mandateEnd"));
    ok(admin.post("/api/council/members/" + bruno + "/end", null));
    refused(409, admin.post("/api/council/members/" + bruno + "/renewal", null));
    council.appoint("carla", council.economy(), "DESIGNATED", "Coopératives", false);
    var expiring = ok(admin.get("/api/council/members/expiring?days=1200")).jsonArray();
    assertEquals(List.of("carla"), expiring.stream().map(e -> e.asJsonObject().getString("displayName")).toList());
    refused(403, council.as("bruno").post("/api/council/contributions", "{\"title\": \"Hors mandat\"}"));

    Instant start = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
    String meeting = ok(admin.post("/api/council/meetings", """
        {"title": "Atelier ouvert : mobilités", "startsAt": "%s", "endsAt": "%s",
         "place": "Médiathèque", "agenda": "Cartographie des trajets", "capacity": 2}"""
        .formatted(start, start.plus(3, ChronoUnit.HOURS)))).json().getString("id");
    var anyone = council.commune().tenant().http();
    String registrations = "/api/council/meetings/" + meeting + "/registrations";
    String first = "inscrit1-" + council.slug() + "@public.example.org";
    assertEquals(204, anyone.post(registrations, "{\"name\": \"Inès\", \"email\": \"" + first + "\"}").status());
    refused(409, anyone.post(registrations, "{\"name\": \"Inès\", \"email\": \"" + first.toUpperCase() + "\"}"));
    assertEquals(204, anyone.post(registrations, "{\"name\": \"Jules\", \"email\": \"inscrit2-"
        + council.slug() + "@public.example.org\"}").status());
    refused(409, anyone.post(registrations, "{\"name\": \"Karim\", \"email\": \"inscrit3-"
        + council.slug() + "@public.example.org\"}"));
    refused(400, anyone.post(registrations, "{\"name\": \"Léa\", \"email\": \"pas-une-adresse\"}"));
    assertEquals(2, ok(anyone.get("/api/council/meetings/" + meeting)).json().getInt("registered"));
    MeetingInvitations.assertReceived(first, "Atelier ouvert : mobilités", meeting);
  }

  @Test
  void anotherTenantSeesNothingOfTheCouncil() {
    var here = Council.setUp("conseil-ici");
    String anna = here.appoint("anna", here.economy(), "DESIGNATED", "CCI", true);
    ok(here.commune().admin().post("/api/council/referrals", """
        {"title": "PLUi", "question": "?", "deadline": "%s"}""".formatted(LocalDate.now().plusDays(10))));
    var opened = ok(here.as("anna").post("/api/council/contributions", "{\"title\": \"Avis\"}")).json();
    assertTrue(anna.length() > 0);

    var there = VerifiedCommune.enabling("conseil-ailleurs", "council", "{}");
    var admin = there.admin();
    assertEquals(404, admin.get("/api/council").status(), "no council there");
    assertEquals("[]", admin.get("/api/council/referrals").body().replaceAll("\\s", ""));
    assertEquals("[]", admin.get("/api/council/members").body().replaceAll("\\s", ""));
    assertEquals(404, admin.get("/api/council/published/" + opened.getString("id")).status());
    var annaElsewhere = there.tenant().http().as(TestIdentities.person("anna-" + here.slug()).token());
    assertEquals(403, annaElsewhere.get("/api/council/contributions/" + opened.getString("id")).status(),
        "anna is no member of that tenant's council");
  }
}
