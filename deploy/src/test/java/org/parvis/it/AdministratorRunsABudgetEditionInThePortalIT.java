package org.parvis.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parvis.it.BudgetCommune.envelopeId;
import static org.parvis.it.BudgetCommune.ok;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parvis.testsupport.IntegrationServices;
import org.parvis.testsupport.ParvisDeployment;
import org.parvis.testsupport.PortalBrowser;
import org.parvis.testsupport.TestIdentities;

/**
 * A commune's administrator runs a participatory budget edition from the portal only: creates it
 * (envelopes, ballot and allocation rules, dates as days of the commune), opens the vote now by
 * moving its dates, closes it with the button, and cannot reopen it once the results are
 * published; staff then report on the funded project's works, and residents read the follow-up
 * on the project's page. Residents cannot reach these pages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdministratorRunsABudgetEditionInThePortalIT {

  /** The zone of new tenants' clocks, unless their operator changes it. */
  private static final ZoneId COMMUNE = ZoneId.of("Europe/Paris");

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
  void anAdministratorRunsTheEditionAndStaffReportOnTheWorks() {
    var commune = BudgetCommune.create("budget-admin", "GARCIA");
    String slug = commune.tenant().slug();
    String host = commune.tenant().host();
    LocalDate today = LocalDate.now(COMMUNE);

    var adminAccount = TestIdentities.person("admin-" + slug);
    var admin = new PortalBrowser(host);
    var index = admin.signIn(adminAccount.username(), adminAccount.password(), "/budget");
    assertTrue(index.body().contains("href=\"/budget/administration\""), index.body());
    var blank = admin.open("/budget/administration");
    assertEquals(200, blank.status(), blank.body());
    assertTrue(blank.body().contains("<label for=\"edition-voteCloses\">Clôture du vote</label>"),
        blank.body());
    assertTrue(blank.body().contains("aria-describedby=\"edition-districts-help\""));

    // A calendar whose vote closes before it opens is refused; what was typed stays.
    Map<String, String> form = new HashMap<>(Map.of("csrf", blank.csrf(),
        "title", "Budget <participatif> 2027", "cityName", "Toute la ville",
        "cityAmount", "100000", "districts", "Centre;30000\r\nSecteur 2 ; 20 000\r\n",
        "kind", "KNAPSACK", "minSpentPercent", "50", "allocationRule", "equal-shares",
        "mesUtility", "cardinality", "mesCompletion", "none"));
    form.putAll(Map.of("submissionOpens", day(today, -1), "reviewOpens", day(today, 10),
        "voteOpens", day(today, 20), "voteCloses", day(today, 19),
        "implementationOpens", day(today, 40)));
    var refused = admin.submit("/budget/administration", form);
    assertEquals(422, refused.status(), refused.body());
    assertTrue(refused.body().contains("role=\"alert\" id=\"admin-error\""), refused.body());
    assertTrue(refused.body().contains("vérifiez les dates"), refused.body());
    assertTrue(refused.body().contains("value=\"Budget &lt;participatif&gt; 2027\""));
    assertTrue(refused.body().contains("name=\"voteCloses\" value=\"" + day(today, 19) + "\""));
    assertTrue(refused.body().contains(">Centre;30000"), "the districts typed are kept");
    assertTrue(refused.body().contains("Secteur 2 ; 20 000"), refused.body());
    assertTrue(refused.body().contains("value=\"KNAPSACK\" required checked"));
    assertTrue(refused.body().contains("<option value=\"cardinality\" selected>"));

    form.put("voteCloses", day(today, 30));
    var created = admin.submit("/budget/administration", form);
    assertEquals(200, created.status(), created.body());
    assertTrue(created.body().contains("L&#39;édition est créée."), created.body());
    String id = created.url().replaceAll(".*/administration/([0-9a-f-]{36}).*", "$1");
    var edition = ok(commune.tenant().http().get("/api/budget/editions/" + id)).json();
    assertEquals("Budget <participatif> 2027", edition.getString("title"));
    assertEquals("IDEA_SUBMISSION", edition.getString("phase"));
    assertEquals("equal-shares", edition.getString("allocationRule"));
    assertEquals("cardinality", edition.getJsonObject("equalShares").getString("utility"));
    assertEquals("none", edition.getJsonObject("equalShares").getString("completion"));
    assertEquals("KNAPSACK", edition.getJsonObject("ballot").getString("kind"));
    assertEquals(50, edition.getJsonObject("ballot").getInt("minSpentPercent"));
    var envelopes = edition.getJsonArray("envelopes");
    assertEquals(3, envelopes.size(), edition.toString());
    assertEquals("Toute la ville", envelopes.getJsonObject(0).getString("name"));
    assertEquals(100000, envelopes.getJsonObject(0).getJsonNumber("amount").longValue());
    assertFalse(envelopes.getJsonObject(0).getBoolean("district"));
    assertEquals("Secteur 2", envelopes.getJsonObject(2).getString("name"));
    assertEquals(20000, envelopes.getJsonObject(2).getJsonNumber("amount").longValue());
    assertTrue(envelopes.getJsonObject(2).getBoolean("district"));
    var calendar = edition.getJsonObject("calendar");
    assertEquals(today.plusDays(20).atStartOfDay(COMMUNE).toInstant(),
        instant(calendar, "voteOpens"), "midnight of the day, commune time");
    assertEquals(today.plusDays(30).atStartOfDay(COMMUNE).toInstant(),
        instant(calendar, "voteCloses"));
    assertTrue(admin.open("/budget/administration").body().contains("<time datetime=\""
        + day(today, 20) + "\">"), "the list shows the editions' dates");

    // A resident proposes an idea, staff find it feasible; the administrator opens the vote now.
    var residentAccount = TestIdentities.person("garcia-" + slug);
    var residentApi = BudgetCommune.verify(commune.tenant().http().as(residentAccount.token()),
        "GARCIA");
    var resident = new PortalBrowser(host);
    resident.signIn(residentAccount.username(), residentAccount.password(), "/budget");
    var anonymous = new PortalBrowser(host).open("/budget/administration");
    assertTrue(anonymous.url().contains("openid-connect")
        || anonymous.body().contains("kc-form-login"), "visitors are asked to sign in");
    assertEquals(403, resident.open("/budget/administration").status());
    assertEquals(403, resident.open("/budget/administration/" + id).status());
    String city = envelopeId(edition, 0);
    String garden = BudgetCommune.idea(residentApi, id, city, "Jardin partagé", 60000);
    commune.feasible(garden, 60000);
    String editionAdmin = "/budget/administration/" + id;
    var schedule = admin.open(editionAdmin);
    assertEquals(200, schedule.status(), schedule.body());
    assertTrue(schedule.body().contains("name=\"voteOpens\" value=\"" + day(today, 20) + "\""),
        "the calendar form shows the edition's days");
    Map<String, String> voteNow = Map.of("csrf", schedule.csrf(),
        "submissionOpens", day(today, -2), "reviewOpens", day(today, -1), "voteOpens",
        day(today, 0), "voteCloses", day(today, 7), "implementationOpens", day(today, 14));
    var opened = admin.submit(editionAdmin + "/calendar", voteNow);
    assertEquals(200, opened.status(), opened.body());
    assertTrue(opened.body().contains("Le calendrier est enregistré."), opened.body());
    assertTrue(opened.body().contains("Phase en cours : Vote"), opened.body());
    assertEquals(201, residentApi.post("/api/budget/editions/" + id + "/ballots",
        "{\"envelope\": \"" + city + "\", \"projects\": [\"" + garden + "\"]}").status());

    // Closing the vote publishes the results; the vote cannot be reopened afterwards.
    var closed = admin.submit(editionAdmin + "/vote/close", Map.of("csrf", schedule.csrf()));
    assertEquals(200, closed.status(), closed.body());
    assertTrue(closed.body().contains("Le vote est clos et ses résultats sont publiés."),
        closed.body());
    var results = ok(commune.tenant().http().get("/api/budget/editions/" + id + "/results"))
        .json();
    var cityResult = results.getJsonArray("envelopes").getJsonObject(0);
    assertEquals(1, cityResult.getInt("ballots"), results.toString());
    assertTrue(cityResult.getJsonArray("projects").getJsonObject(0).getBoolean("funded"),
        results.toString());
    var reopened = admin.submit(editionAdmin + "/calendar", voteNow);
    assertEquals(409, reopened.status(), reopened.body());
    assertTrue(reopened.body().contains("les résultats de cette édition sont publiés"),
        reopened.body());
    assertTrue(reopened.body().contains("name=\"voteCloses\" value=\"" + day(today, 7) + "\""),
        "the dates typed are kept");
    assertEquals("RESULTS", ok(commune.tenant().http().get("/api/budget/editions/" + id)).json()
        .getString("phase"));
    publicPagesShowTheCommunesClocks(commune, id, today);
    recountsFromThePage(admin, commune, editionAdmin, id);

    // Staff report on the funded project's works; residents read it on the project's page.
    String projectPage = "/budget/" + id + "/projects/" + garden;
    String followUp = "/budget/projects/" + garden + "/follow-up";
    var agent = TestIdentities.person("agent-" + slug);
    var staff = new PortalBrowser(host);
    var project = staff.signIn(agent.username(), agent.password(), projectPage);
    assertTrue(project.body().contains("href=\"" + followUp + "/edit\""), project.body());
    assertEquals(403, resident.open(followUp + "/edit").status());
    var edit = staff.open(followUp + "/edit");
    assertEquals(200, edit.status(), edit.body());
    assertTrue(edit.body().contains("<label for=\"works-progress\">"), edit.body());
    var noReason = staff.submit(followUp, Map.of("csrf", edit.csrf(), "status", "ABANDONED",
        "progress", "10", "reason", " "));
    assertEquals(422, noReason.status(), noReason.body());
    assertTrue(noReason.body().contains("role=\"alert\" id=\"works-error\""), noReason.body());
    assertTrue(noReason.body().contains("la raison publique de l&#39;abandon."), noReason.body());
    assertTrue(noReason.body().contains("value=\"ABANDONED\" required checked"));
    assertTrue(noReason.body().contains("name=\"progress\" min=\"0\" max=\"100\" step=\"1\""
        + " required value=\"10\""), "the progress typed is kept");
    var inWorks = staff.submit(followUp, Map.of("csrf", edit.csrf(), "status", "IN_WORKS",
        "progress", "40", "reason", ""));
    assertEquals(200, inWorks.status(), inWorks.body());
    assertTrue(inWorks.body().contains("Le suivi est enregistré."), inWorks.body());
    var added = staff.submit(followUp + "/milestones", Map.of("csrf", edit.csrf(),
        "title", "Terrassement <lot 1>", "plannedOn", day(today, 30), "reachedOn", ""));
    assertEquals(200, added.status(), added.body());
    String milestone = added.body().replaceAll("(?s).*action=\"" + followUp
        + "/milestones/([0-9a-f-]{36})\".*", "$1");
    var reached = staff.submit(followUp + "/milestones/" + milestone, Map.of("csrf", edit.csrf(),
        "title", "Terrassement <lot 1>", "plannedOn", day(today, 30), "reachedOn", day(today, 0)));
    assertEquals(200, reached.status(), reached.body());
    var second = staff.submit(followUp + "/milestones", Map.of("csrf", edit.csrf(),
        "title", "Plantations", "plannedOn", day(today, 60)));
    String plantations = second.body().replaceAll("(?s).*<section id=\"milestone-([0-9a-f-]{36})\">"
        + "<h3>Plantations</h3>.*", "$1");
    var removed = staff.submit(followUp + "/milestones/" + plantations + "/remove",
        Map.of("csrf", edit.csrf()));
    assertEquals(200, removed.status(), removed.body());
    assertFalse(removed.body().contains("Plantations"), removed.body());

    var visitorPage = new PortalBrowser(host).open(projectPage);
    assertTrue(visitorPage.body().contains("data-status=\"IN_WORKS\">En travaux"),
        visitorPage.body());
    assertTrue(visitorPage.body().contains("Avancement : 40 %"), visitorPage.body());
    assertTrue(visitorPage.body().contains("Terrassement &lt;lot 1&gt;"), visitorPage.body());
    assertTrue(visitorPage.body().contains("atteinte le <time datetime=\"" + day(today, 0) + "\">"
        + org.parvis.spi.i18n.LocalTimes.day(today, Locale.FRENCH) + "</time>"), visitorPage.body());
    assertFalse(visitorPage.body().contains(followUp + "/edit"), "no staff link for visitors");
    var api = ok(commune.tenant().http().get("/api/budget/projects/" + garden + "/follow-up"))
        .json();
    assertEquals("IN_WORKS", api.getString("status"));
    assertEquals(40, api.getInt("progress"));
    assertEquals(1, api.getJsonArray("milestones").size(), api.toString());
    assertEquals(day(today, 0), api.getJsonArray("milestones").getJsonObject(0)
        .getString("reachedOn"));

    importsAPastEdition(admin, commune);
  }

  /**
   * The edition's public page gives its dates on the commune's clocks, in French: the vote opened
   * at midnight in Paris, not at 23:00 UTC the day before; the results say when they were counted.
   */
  private static void publicPagesShowTheCommunesClocks(BudgetCommune commune, String id,
      LocalDate today) {
    var visitor = new PortalBrowser(commune.tenant().host());
    var page = visitor.open("/budget/" + id);
    assertEquals(200, page.status(), page.body());
    // The vote opened at the commune's midnight, shown on its clocks (00:00), never in UTC.
    String voteOpened = "<time datetime=\"" + today.atStartOfDay(COMMUNE).toOffsetDateTime() + "\">"
        + org.parvis.spi.i18n.LocalTimes.dateTime(today.atStartOfDay(COMMUNE).toInstant(), COMMUNE, Locale.FRENCH)
        + "</time>";
    assertTrue(voteOpened.endsWith("00:00</time>"), voteOpened);
    assertTrue(page.body().contains(voteOpened), page.body());
    assertFalse(page.body().contains("UTC"), page.body());
    var results = visitor.open("/budget/" + id + "/results");
    assertTrue(results.body().contains("Résultats comptés le <time datetime=\""
        + today.getYear()), results.body());
  }

  /**
   * Once the results are published, the administrator counts the votes again from the edition's
   * page, giving a public reason (required, kept when refused); the API lists the recount.
   */
  private static void recountsFromThePage(PortalBrowser admin, BudgetCommune commune,
      String editionAdmin, String id) {
    var page = admin.open(editionAdmin);
    assertTrue(page.body().contains("<label for=\"recount-reason\">Raison publique du recomptage"),
        page.body());
    assertTrue(page.body().contains("Aucun recomptage pour l&#39;instant."), page.body());
    var blank = admin.submit(editionAdmin + "/results/recount",
        Map.of("csrf", page.csrf(), "reason", "   "));
    assertEquals(422, blank.status(), blank.body());
    assertTrue(blank.body().contains("role=\"alert\" id=\"admin-error\""), blank.body());
    assertTrue(blank.body().contains("donnez la raison publique du recomptage"), blank.body());
    String tooLong = "Coût corrigé ".repeat(160);
    var long_ = admin.submit(editionAdmin + "/results/recount",
        Map.of("csrf", page.csrf(), "reason", tooLong));
    assertEquals(422, long_.status(), long_.body());
    assertTrue(long_.body().contains(">" + tooLong + "</textarea>"), "the reason typed is kept");
    var recounted = admin.submit(editionAdmin + "/results/recount",
        Map.of("csrf", page.csrf(), "reason", "Coût du jardin corrigé <devis n°2>"));
    assertEquals(200, recounted.status(), recounted.body());
    assertTrue(recounted.body().contains("Les voix sont recomptées"), recounted.body());
    assertTrue(recounted.body().contains("<td>Coût du jardin corrigé &lt;devis n°2&gt;</td><td>non</td>"),
        recounted.body());
    var recounts = ok(commune.admin().get("/api/budget/editions/" + id + "/results/recounts"))
        .jsonArray();
    assertEquals(1, recounts.size(), recounts.toString());
    var recount = recounts.getJsonObject(0);
    assertEquals("Coût du jardin corrigé <devis n°2>", recount.getString("reason"));
    assertFalse(recount.getBoolean("fundedChanged"));
    assertTrue(recounted.body().contains("<td>" + recount.getString("requestedBy") + "</td>"),
        "the page names who recounted as the API does");
    assertEquals(1, ok(commune.tenant().http().get("/api/budget/editions/" + id + "/results"))
        .json().getInt("recounts"));
  }

  /** A past edition as a Pabulib file: two projects, two voters. */
  private static final String PABULIB = """
      META
      key;value
      description;Budget de test
      country;France
      unit;Ville de test
      instance;2024
      num_projects;2
      num_votes;2
      budget;100000
      vote_type;approval
      rule;greedy
      date_begin;01.03.2024
      date_end;31.03.2024
      PROJECTS
      project_id;cost;name
      1;60000;Parc
      2;50000;Bibliothèque
      VOTES
      voter_id;vote
      v1;1,2
      v2;1
      """;

  /** The administrator imports a past edition from a Pabulib file; a broken file says its line. */
  private static void importsAPastEdition(PortalBrowser admin, BudgetCommune commune) {
    String csrf = admin.open("/budget/administration").csrf();
    var broken = admin.submitMultipart("/budget/administration/pabulib",
        Map.of("csrf", csrf, "rule", "equal-shares"), new PortalBrowser.FilePart("file",
            "ville.pb", "text/plain", PABULIB.replace("v2;1", "v2;7").getBytes(UTF_8)));
    assertEquals(422, broken.status(), broken.body());
    assertTrue(broken.body().contains("role=\"alert\" id=\"admin-error\""), broken.body());
    assertTrue(broken.body().contains("(ligne 21, 0 pour tout le fichier)"), broken.body());
    assertTrue(broken.body().contains("voter v2 votes for unknown project"), broken.body());
    assertTrue(broken.body().contains("<option value=\"equal-shares\" selected>"),
        "the rule chosen is kept");
    var imported = admin.submitMultipart("/budget/administration/pabulib",
        Map.of("csrf", csrf, "rule", "equal-shares"), new PortalBrowser.FilePart("file",
            "ville.pb", "text/plain", PABULIB.getBytes(UTF_8)));
    assertEquals(200, imported.status(), imported.body());
    assertTrue(imported.body().contains("L&#39;édition passée est importée"), imported.body());
    String id = imported.url().replaceAll(".*/administration/([0-9a-f-]{36}).*", "$1");
    var results = ok(commune.tenant().http().get("/api/budget/editions/" + id + "/results"))
        .json();
    assertEquals("equal-shares", results.getString("rule"));
    assertEquals(2, results.getJsonArray("envelopes").getJsonObject(0).getInt("ballots"));
    var calendar = ok(commune.tenant().http().get("/api/budget/editions/" + id)).json()
        .getJsonObject("calendar");
    assertEquals(LocalDate.of(2024, 3, 1).atStartOfDay(COMMUNE).toInstant(),
        instant(calendar, "voteOpens"), "the file's days are the commune's days");
    assertEquals(LocalDate.of(2024, 4, 1).atStartOfDay(COMMUNE).toInstant(),
        instant(calendar, "voteCloses"), "the vote closed at the end of the file's last day");
  }

  /** An instant of the API's JSON: seconds since the epoch. */
  private static Instant instant(JsonObject json, String key) {
    return Instant.ofEpochSecond(json.getJsonNumber(key).bigDecimalValue().longValueExact());
  }

  private static String day(LocalDate today, int days) {
    return today.plusDays(days).toString();
  }
}
