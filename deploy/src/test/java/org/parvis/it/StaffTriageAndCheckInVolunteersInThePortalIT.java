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
 * the worksite, describe it (referent, safety, minimum age, materials), add a "before" photo and
 * moderate a flagged report (hide, restore); a resident is refused the staff pages (403), reports a
 * need with a photo, supports and completes a report, registers only by declaring the minimum age,
 * and pledges an item from the worksite page. Refused forms come back with their message.
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
  void staffTriageReportsAndCheckVolunteersInThroughThePages() throws Exception {
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
    residentReportsSupportsAndFlagsThroughThePages(resident, kept, duplicate);

    var staff = new PortalBrowser(commune.tenant().host());
    var agent = TestIdentities.person("agent-" + slug);
    var triage = staff.signIn(agent.username(), agent.password(), "/worksites/staff");
    assertEquals(200, triage.status(), triage.body());
    assertTrue(triage.body().contains("Nettoyer le square &lt;Vallier&gt;"), "titles are escaped");
    assertTrue(triage.body().contains("<label for=\"decline-" + declined + "\">Motif public du refus</label>"));

    var noReason = staff.submit("/worksites/staff/reports/" + declined + "/decline",
        Map.of("csrf", triage.csrf(), "reason", " "));
    assertEquals(422, noReason.status(), noReason.body());
    assertTrue(noReason.body().contains("role=\"alert\"")
        && noReason.body().contains("Ce champ est obligatoire."), noReason.body());
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

    var moderation = staff.open("/worksites/staff/moderation");
    assertTrue(moderation.body().contains("Signalé comme abusif 1 fois"), moderation.body());
    assertEquals(200, staff.submit("/worksites/staff/reports/" + duplicate + "/hiding",
        Map.of("csrf", moderation.csrf(), "reason", "Propos injurieux.")).status());
    assertTrue(resident.open("/worksites/reports/" + duplicate).body()
        .contains("Signalement masqué par la modération : Propos injurieux."));
    var restored = staff.submit("/worksites/staff/reports/" + duplicate + "/restoration",
        Map.of("csrf", moderation.csrf()));
    assertTrue(restored.body().contains("Aucun signalement masqué."), restored.body());
    assertTrue(resident.open("/worksites/reports/" + duplicate).body().contains("Ramasser les déchets du square"));

    var accepted = staff.submit("/worksites/staff/reports/" + kept + "/acceptance", Map.of("csrf", triage.csrf()));
    assertEquals(200, accepted.status(), accepted.body());
    Matcher worksiteUrl = WORKSITE.matcher(accepted.url());
    assertTrue(worksiteUrl.find(), accepted.url());
    String worksite = worksiteUrl.group(1);
    assertTrue(accepted.body().contains("<label for=\"referent\">Référent de la commune"), accepted.body());
    String details = "/worksites/staff/worksites/" + worksite + "/details";
    var badAge = staff.submit(details, Map.of("csrf", accepted.csrf(), "title", "Nettoyer le square",
        "description", "Ramassage et désherbage.", "latitude", "45.18", "longitude", "5.72", "minimumAge", "deux"));
    assertEquals(422, badAge.status(), badAge.body());
    assertTrue(badAge.body().contains("role=\"alert\"")
        && badAge.body().contains("<a href=\"#minimumAge\">Âge minimum : Saisissez un nombre entier, en chiffres.</a>"),
        badAge.body());
    var described = staff.submit(details, Map.ofEntries(Map.entry("csrf", accepted.csrf()),
        Map.entry("title", "Nettoyer le square"), Map.entry("description", "Ramassage et désherbage."),
        Map.entry("address", "Square Vallier"), Map.entry("latitude", "45,18"), Map.entry("longitude", "5.72"),
        Map.entry("referent", "Agnès, service des espaces verts"), Map.entry("safetyNotes", "Gants obligatoires."),
        Map.entry("minimumAge", "14"), Map.entry("skills", "Jardinage")));
    assertEquals(200, described.status(), described.body());
    var view = ok(staffApi.get(WORKSITES + "/" + worksite)).json();
    assertEquals("Agnès, service des espaces verts", view.getString("referent"));
    assertEquals(14, view.getInt("minimumAge"));
    assertEquals("Gants obligatoires.", view.getString("safetyNotes"));
    assertEquals(200, staff.submit("/worksites/staff/worksites/" + worksite + "/items", Map.of("csrf",
        accepted.csrf(), "name", "Gants", "quantity", "10", "source", "COMMUNE")).status());
    assertEquals(200, staff.submit("/worksites/staff/worksites/" + worksite + "/items", Map.of("csrf",
        accepted.csrf(), "name", "Brouette", "quantity", "1", "source", "VOLUNTEER")).status());
    var items = ok(staffApi.get(WORKSITES + "/" + worksite)).json().getJsonArray("items");
    assertEquals(2, items.size());
    var gloves = items.getValuesAs(jakarta.json.JsonObject.class).stream()
        .filter(i -> i.getString("name").equals("Gants")).findFirst().orElseThrow();
    assertEquals("COMMUNE", gloves.getString("source"));
    assertEquals(10, gloves.getInt("quantity"));
    String ladder = items.getValuesAs(jakarta.json.JsonObject.class).stream()
        .filter(i -> i.getString("name").equals("Brouette")).findFirst().orElseThrow().getString("id");
    var noCaption = staff.submitMultipart("/worksites/staff/worksites/" + worksite + "/photos",
        Map.of("csrf", accepted.csrf(), "kind", "BEFORE", "caption", ""),
        new PortalBrowser.FilePart("photo", "avant.png", "image/png", VolunteersRegisterForAWorksiteIT.png()));
    assertEquals(422, noCaption.status(), "a photo needs its text alternative");
    var before = staff.submitMultipart("/worksites/staff/worksites/" + worksite + "/photos",
        Map.of("csrf", accepted.csrf(), "kind", "BEFORE", "caption", "Le square envahi de ronces"),
        new PortalBrowser.FilePart("photo", "avant.png", "image/png", VolunteersRegisterForAWorksiteIT.png()));
    assertEquals(200, before.status(), before.body());
    assertTrue(resident.open("/worksites/" + worksite).body().contains("alt=\"Le square envahi de ronces\""));

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
    assertTrue(tooYoung.body().contains("role=\"alert\"")
        && tooYoung.body().contains("L&#39;âge minimum est une règle de sécurité"), tooYoung.body());
    var registered = resident.submit(register, Map.of("csrf", page.csrf(), "companions", "1",
        "minimumAgeMet", "yes"));
    assertEquals(200, registered.status(), registered.body());
    assertTrue(registered.body().contains("Vous êtes inscrit(e) : 2 place(s)."), registered.body());

    var pledged = resident.submit("/worksites/" + worksite + "/items/" + ladder + "/pledge",
        Map.of("csrf", page.csrf()));
    assertEquals(200, pledged.status(), pledged.body());
    assertTrue(pledged.body().contains("un bénévole l&#39;apporte"), pledged.body());
    var providedAnyway = resident.submit("/worksites/" + worksite + "/items/" + gloves.getString("id")
        + "/pledge", Map.of("csrf", page.csrf()));
    assertEquals(409, providedAnyway.status(), "the page again, with the refusal");
    assertTrue(providedAnyway.body().contains("role=\"alert\"")
        && providedAnyway.body().contains("Impossible : la commune fournit déjà ce matériel."), providedAnyway.body());
    assertTrue(providedAnyway.body().contains("id=\"shift-" + shift + "\""),
        "the whole worksite page, not a problem document");

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

  /**
   * The resident reports a need with a photo and a typed point, supports another report, adds
   * information and flags a third; a refused form comes back with its message and what was typed.
   */
  private static void residentReportsSupportsAndFlagsThroughThePages(PortalBrowser resident,
      String kept, String duplicate) throws Exception {
    var form = resident.open("/worksites/report");
    assertTrue(form.body().contains("enctype=\"multipart/form-data\""), form.body());
    var untitled = resident.submitMultipart("/worksites/report", Map.of("csrf", form.csrf(), "title", " ",
        "description", "Le banc <penche>.", "place", "Square Vallier", "latitude", "45.19",
        "longitude", "5.71"), null);
    assertEquals(422, untitled.status(), untitled.body());
    assertTrue(untitled.body().contains("role=\"alert\"")
        && untitled.body().contains("<a href=\"#title\">Titre : Ce champ est obligatoire.</a>"), untitled.body());
    assertTrue(untitled.body().contains("Le banc &lt;penche&gt;.</textarea>"), "what was typed is kept");
    var reported = resident.submitMultipart("/worksites/report", Map.of("csrf", form.csrf(),
        "title", "Banc cassé", "description", "Le banc penche.", "place", "Square Vallier",
        "latitude", "45,1901", "longitude", "5.7102", "photoCaption", "Le banc cassé, pied arraché"),
        new PortalBrowser.FilePart("photo", "banc.png", "image/png", VolunteersRegisterForAWorksiteIT.png()));
    assertEquals(200, reported.status(), reported.body());
    assertTrue(reported.url().contains("/worksites/reports/"), reported.url());
    assertTrue(reported.body().contains("alt=\"Le banc cassé, pied arraché\""), reported.body());
    assertTrue(reported.body().contains("Square Vallier<br>"), reported.body());
    assertTrue(reported.body().contains("45.19010"), reported.body());

    var keptPage = resident.open("/worksites/reports/" + kept);
    var emptyNote = resident.submit("/worksites/reports/" + kept + "/notes", Map.of("csrf", keptPage.csrf(), "text", ""));
    assertEquals(422, emptyNote.status(), emptyNote.body());
    assertTrue(emptyNote.body().contains("role=\"alert\"")
        && emptyNote.body().contains("<a href=\"#text\">Votre information : Ce champ est obligatoire.</a>"), emptyNote.body());
    assertEquals(200, resident.submit("/worksites/reports/" + kept + "/notes",
        Map.of("csrf", keptPage.csrf(), "text", "Il y a aussi des seringues.")).status());
    var supported = resident.submit("/worksites/reports/" + kept + "/supports", Map.of("csrf", keptPage.csrf()));
    assertEquals(200, supported.status(), supported.body());
    assertTrue(supported.body().contains("Vous soutenez ce signalement."), supported.body());
    assertTrue(supported.body().contains("Il y a aussi des seringues."), supported.body());
    assertEquals(200, resident.submit("/worksites/reports/" + duplicate + "/abuse-reports",
        Map.of("csrf", keptPage.csrf())).status());
  }

  private static String report(org.parvis.testsupport.TenantHttp citizen, String title) {
    return ok(citizen.post(REPORTS, "{\"title\": \"" + title + "\", \"description\": \"Près de l'entrée.\","
        + " \"latitude\": 45.18, \"longitude\": 5.72}")).json().getString("id");
  }
}
