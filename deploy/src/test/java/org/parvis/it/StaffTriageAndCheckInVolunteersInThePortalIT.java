package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parvis.it.VerifiedCommune.ok;
import static org.parvis.it.VolunteersRegisterForAWorksiteIT.REPORTS;
import static org.parvis.it.VolunteersRegisterForAWorksiteIT.WORKSITES;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * The commune's staff work through the portal's plain forms only: they decline a report with a
 * public reason, merge a duplicate, accept a report, plan a shift, check volunteers in and complete
 * the worksite; a resident is refused the staff pages (403), registers only by declaring the
 * minimum age, and pledges an item from the worksite page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffTriageAndCheckInVolunteersInThePortalIT {

  private static final Pattern SHIFT_LINK = Pattern.compile("/worksites/staff/shifts/([0-9a-f-]{36})");
  private static final Pattern REGISTRATION = Pattern.compile("<li id=\"r-([0-9a-f-]{36})\">");
  private static final Pattern WORKSITE = Pattern.compile("/worksites/staff/worksites/([0-9a-f-]{36})");

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
  void staffTriageReportsAndCheckVolunteersInThroughThePages() {
    var commune = VolunteersRegisterForAWorksiteIT.commune("chantier-agents");
    String slug = commune.tenant().slug();
    var staffApi = commune.withRole("agent", "STAFF");
    String kept = report(commune.verifiedCitizen(1), "Nettoyer le square <Vallier>");
    String duplicate = report(commune.verifiedCitizen(2), "Ramasser les déchets du square");
    String declined = report(commune.verifiedCitizen(3), "Refaire la chaussée");
    commune.verifiedCitizen(4);

    var resident = new PortalBrowser(commune.tenant().host());
    var citizen = TestIdentities.person("citoyen4-" + slug);
    resident.signIn(citizen.username(), citizen.password(), "/worksites");
    assertEquals(403, resident.open("/worksites/staff").status(), "staff pages are for staff");

    var staff = new PortalBrowser(commune.tenant().host());
    var agent = TestIdentities.person("agent-" + slug);
    var triage = staff.signIn(agent.username(), agent.password(), "/worksites/staff");
    assertEquals(200, triage.status(), triage.body());
    assertTrue(triage.body().contains("Nettoyer le square &lt;Vallier&gt;"), "titles are escaped");
    assertTrue(triage.body().contains("<label for=\"decline-" + declined + "\">Motif public du refus</label>"));

    var noReason = staff.submit("/worksites/staff/reports/" + declined + "/decline",
        Map.of("csrf", triage.csrf(), "reason", " "));
    assertEquals(422, noReason.status(), noReason.body());
    assertTrue(noReason.body().contains("<p role=\"alert\">Impossible : "), noReason.body());
    assertEquals(403, staff.submit("/worksites/staff/reports/" + declined + "/decline",
        Map.of("csrf", "forged", "reason", "Voirie métropolitaine")).status());
    var afterDecline = staff.submit("/worksites/staff/reports/" + declined + "/decline",
        Map.of("csrf", triage.csrf(), "reason", "La voirie relève de la métropole."));
    assertEquals(200, afterDecline.status(), afterDecline.body());
    assertFalse(afterDecline.body().contains("id=\"report-" + declined + "\""), "decided, so no longer to triage");
    assertEquals(200, staff.submit("/worksites/staff/reports/" + duplicate + "/merge", Map.of(
        "csrf", triage.csrf(), "target", kept, "reason", "Même square.")).status());
    assertEquals("DECLINED", ok(commune.tenant().http().get(REPORTS + "/" + declined)).json().getString("status"));
    assertEquals("MERGED", ok(commune.tenant().http().get(REPORTS + "/" + duplicate)).json().getString("status"));

    var accepted = staff.submit("/worksites/staff/reports/" + kept + "/acceptance", Map.of("csrf", triage.csrf()));
    assertEquals(200, accepted.status(), accepted.body());
    Matcher worksiteUrl = WORKSITE.matcher(accepted.url());
    assertTrue(worksiteUrl.find(), accepted.url());
    String worksite = worksiteUrl.group(1);
    ok(staffApi.put(WORKSITES + "/" + worksite, "{\"title\": \"Nettoyer le square\", \"description\":"
        + " \"Ramassage et désherbage.\", \"latitude\": 45.18, \"longitude\": 5.72, \"minimumAge\": 14}"));
    String ladder = ok(staffApi.post(WORKSITES + "/" + worksite + "/items",
        "{\"name\": \"Brouette\", \"quantity\": 1, \"source\": \"VOLUNTEER\"}")).json()
        .getJsonArray("items").getJsonObject(0).getString("id");

    String day = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(5).toString();
    var backwards = staff.submit("/worksites/staff/worksites/" + worksite + "/shifts", Map.of(
        "csrf", accepted.csrf(), "day", day, "from", "12:00", "to", "09:00", "capacity", "5"));
    assertEquals(422, backwards.status(), "a shift ends after it starts");
    assertTrue(backwards.body().contains("role=\"alert\""));
    var planned = staff.submit("/worksites/staff/worksites/" + worksite + "/shifts", Map.of(
        "csrf", accepted.csrf(), "day", day, "from", "09:00", "to", "12:00", "capacity", "5"));
    assertEquals(200, planned.status(), planned.body());
    Matcher shiftLink = SHIFT_LINK.matcher(planned.body());
    assertTrue(shiftLink.find(), planned.body());
    String shift = shiftLink.group(1);

    var page = resident.open("/worksites/" + worksite);
    assertTrue(page.body().contains("name=\"minimumAgeMet\" value=\"yes\" required"), page.body());
    assertTrue(page.body().contains("au moins 14 ans"), page.body());
    String register = "/worksites/" + worksite + "/shifts/" + shift;
    var tooYoung = resident.submit(register, Map.of("csrf", page.csrf(), "companions", "1"));
    assertEquals(422, tooYoung.status(), tooYoung.body());
    assertTrue(tooYoung.body().contains("<p role=\"alert\">L&#39;âge minimum est une règle de sécurité"),
        tooYoung.body());
    var registered = resident.submit(register, Map.of("csrf", page.csrf(), "companions", "1",
        "minimumAgeMet", "yes"));
    assertEquals(200, registered.status(), registered.body());
    assertTrue(registered.body().contains("Vous êtes inscrit(e) : 2 place(s)."), registered.body());

    var pledged = resident.submit("/worksites/" + worksite + "/items/" + ladder + "/pledge",
        Map.of("csrf", page.csrf()));
    assertEquals(200, pledged.status(), pledged.body());
    assertTrue(pledged.body().contains("un bénévole l&#39;apporte"), pledged.body());

    var checkIn = staff.open("/worksites/staff/shifts/" + shift);
    assertEquals(200, checkIn.status(), checkIn.body());
    assertTrue(checkIn.body().contains(commune.email("citoyen4")), checkIn.body());
    Matcher row = REGISTRATION.matcher(checkIn.body());
    assertTrue(row.find(), checkIn.body());
    String attendance = "/worksites/staff/shifts/" + shift + "/registrations/" + row.group(1) + "/attendance";
    var tooMany = staff.submit(attendance, Map.of("csrf", checkIn.csrf(), "attendees", "3"));
    assertEquals(422, tooMany.status(), "two places were booked");
    var recorded = staff.submit(attendance, Map.of("csrf", checkIn.csrf(), "attendees", "2"));
    assertEquals(200, recorded.status(), recorded.body());
    assertTrue(recorded.body().contains("<strong>2 présent(s)</strong>"), recorded.body());
    assertEquals(403, resident.submit(attendance, Map.of("csrf", page.csrf(), "attendees", "0")).status());

    var completed = staff.submit("/worksites/staff/worksites/" + worksite + "/completion",
        Map.of("csrf", checkIn.csrf(), "note", "Square propre."));
    assertEquals(200, completed.status(), completed.body());
    assertTrue(completed.body().contains("Réalisé"), completed.body());
    var publicPage = resident.open("/worksites/" + worksite);
    assertTrue(publicPage.body().contains("Merci aux 6.0 heure(s) de bénévolat"),
        "two people for three hours: " + publicPage.body());
  }

  private static String report(org.parvis.testsupport.TenantHttp citizen, String title) {
    return ok(citizen.post(REPORTS, "{\"title\": \"" + title + "\", \"description\": \"Près de l'entrée.\","
        + " \"latitude\": 45.18, \"longitude\": 5.72}")).json().getString("id");
  }
}
