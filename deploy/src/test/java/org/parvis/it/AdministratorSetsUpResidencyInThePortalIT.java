package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parvis.it.VerifiedCommune.ok;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
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
import org.parvis.testsupport.PortalBrowser.FilePart;
import org.parvis.testsupport.TenantFixtures;
import org.parvis.testsupport.TestIdentities;

/**
 * A commune's administrator sets up residency from the pages alone: chooses census verification and staff approval
 * with a minimum age, uploads the census a town hall really has (Windows-1252, accented names, {@code ;}): a file
 * in neither encoding is refused and a line without birth date is reported, nothing stored either time (checked
 * through the API); the corrected file is previewed then confirmed. A resident then verifies with an accented name
 * on {@code /me/residency}, another asks for staff approval, and a member of staff approves the request from the
 * queue in a census district, after a refused attempt without confirmation. Letters with codes print one per page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdministratorSetsUpResidencyInThePortalIT {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");
  private static final Pattern REQUEST = Pattern.compile("href=\"(/admin/residency/requests/[0-9a-f-]{36})\"");

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
  void anAdministratorSetsUpResidencyAndStaffApproveARequest() {
    var tenant = TenantFixtures.commune("residence-admin");
    var adminAccount = TestIdentities.person("admin-" + tenant.slug());
    TenantFixtures.appoint(tenant, adminAccount, "ADMIN");
    var api = tenant.http().as(adminAccount.token());
    var admin = new PortalBrowser(tenant.host());
    var home = admin.signIn(adminAccount.username(), adminAccount.password(), "/admin");
    assertEquals(200, home.status(), home.body());
    assertTrue(home.body().contains("<a href=\"/admin/residency\">"), home.body());

    // The methods and the minimum age: a refused age first, nothing changed.
    var settings = admin.open("/admin/residency");
    assertEquals(200, settings.status(), settings.body());
    assertTrue(settings.body().contains("La commune n&#39;a pas encore de liste d&#39;habitants."), settings.body());
    Map<String, String> form = new HashMap<>(Map.of("csrf", settings.csrf(), "methods", "CENSUS",
        "minimumAge", "130"));
    var refused = admin.submit("/admin/residency", form);
    assertEquals(422, refused.status(), refused.body());
    assertTrue(refused.body().contains("id=\"minimumAge-error\""), refused.body());
    assertTrue(ok(api.get("/api/admin/residency")).json().getJsonArray("methods").isEmpty());
    form.put("minimumAge", "16");
    var saved = admin.submit("/admin/residency", form);
    assertEquals(200, saved.status(), saved.body());
    assertTrue(saved.body().contains("value=\"CENSUS\" checked"), saved.body());
    var policy = ok(api.get("/api/admin/residency")).json();
    assertEquals("CENSUS", policy.getJsonArray("methods").getString(0));
    assertEquals(16, policy.getInt("minimumAge"));

    // A file in neither encoding (UTF-16) is refused, nothing stored.
    var upload = admin.open("/admin/residency/census");
    assertEquals(200, upload.status(), upload.body());
    String csrf = upload.csrf();
    var utf16 = admin.submitMultipart("/admin/residency/census", Map.of("csrf", csrf), new FilePart("file",
        "recensement.csv", "text/csv", "nom;prénom;date de naissance\nDurand;Éric;01/01/1970\n"
            .getBytes(StandardCharsets.UTF_16)));
    assertEquals(422, utf16.status(), utf16.body());
    assertTrue(utf16.body().contains("ni en UTF-8 ni en Windows-1252"), utf16.body());
    assertEquals(0, ok(api.get("/api/admin/residency")).json().getInt("censusSize"));

    // A line without birth date is reported with its number; the file cannot be confirmed.
    String census = "NOM;PRÉNOMS;DATE DE NAISSANCE;QUARTIER\r\n"
        + "Lefèvre;Hélène Marie;07/03/1958;Centre-bourg\r\n"
        + "Œillet;François;1985-11-30;Les Prés\r\n"
        + "\"Dupont; dit Dudu\";Zoé;12/12/2001;Centre-bourg\r\n";
    var missing = admin.submitMultipart("/admin/residency/census", Map.of("csrf", csrf), new FilePart("file",
        "recensement.csv", "text/csv", (census + "Garçon;Noël;;Les Prés\r\n").getBytes(WINDOWS_1252)));
    assertEquals(422, missing.status(), missing.body());
    assertTrue(missing.body().contains("lu en Windows-1252, séparateur point-virgule"), missing.body());
    assertTrue(missing.body().contains("<li>Ligne 5 : date de naissance manquante</li>"), missing.body());
    assertFalse(missing.body().contains("/admin/residency/census/confirmation"), missing.body());
    assertEquals(0, ok(api.get("/api/admin/residency")).json().getInt("censusSize"));

    // The corrected file: previewed, refused without the tick, then confirmed.
    var preview = admin.submitMultipart("/admin/residency/census", Map.of("csrf", csrf), new FilePart("file",
        "recensement.csv", "text/csv", (census + "Garçon;Noël;25/12/1990;Les Prés\r\n").getBytes(WINDOWS_1252)));
    assertEquals(200, preview.status(), preview.body());
    assertTrue(preview.body().contains("<th scope=\"row\">Lefèvre</th><td>Hélène Marie</td>"), preview.body());
    assertTrue(preview.body().contains("Les Prés — 2 personnes"), preview.body());
    assertEquals(0, ok(api.get("/api/admin/residency")).json().getInt("censusSize"), "nothing before confirmation");
    Matcher token = TOKEN.matcher(preview.body());
    assertTrue(token.find(), preview.body());
    var unticked = admin.submit("/admin/residency/census/confirmation",
        Map.of("csrf", csrf, "token", token.group(1)));
    assertEquals(422, unticked.status(), unticked.body());
    assertEquals(0, ok(api.get("/api/admin/residency")).json().getInt("censusSize"));
    var replaced = admin.submit("/admin/residency/census/confirmation",
        Map.of("csrf", csrf, "token", token.group(1), "confirm", "yes"));
    assertEquals(200, replaced.status(), replaced.body());
    assertTrue(replaced.url().endsWith("/admin/residency"), replaced.url());
    assertTrue(replaced.body().contains("La liste compte 4 personnes."), replaced.body());
    assertTrue(replaced.body().contains("<th scope=\"row\">Les Prés</th>"), replaced.body());
    assertEquals(4, ok(api.get("/api/admin/residency")).json().getInt("censusSize"));

    // A resident verifies with her accented name, as the Windows-1252 file wrote it.
    var helene = TestIdentities.person("helene-" + tenant.slug());
    var resident = new PortalBrowser(tenant.host());
    var mine = resident.signIn(helene.username(), helene.password(), "/me/residency");
    assertEquals(200, mine.status(), mine.body());
    var verified = resident.submit("/me/residency/census", Map.of("csrf", mine.csrf(),
        "lastName", "Lefèvre", "firstNames", "Hélène Marie", "birthDate", "1958-03-07"));
    assertEquals(200, verified.status(), verified.body());
    var status = ok(tenant.http().as(helene.token()).get("/api/me/verification")).json();
    assertTrue(status.getBoolean("verified"), status.toString());
    assertEquals("Centre-bourg", status.getString("district"));
    assertEquals(403, resident.open("/admin/residency").status(), "residents do not administer residency");

    // Staff approval: another resident asks, a member of staff approves from the queue.
    form = new HashMap<>(Map.of("csrf", admin.open("/admin/residency").csrf(), "methods", "STAFF_APPROVAL",
        "minimumAge", "16"));
    assertEquals(200, admin.submit("/admin/residency", form).status());
    var noel = TestIdentities.person("noel-" + tenant.slug());
    var asking = new PortalBrowser(tenant.host());
    var asks = asking.signIn(noel.username(), noel.password(), "/me/residency");
    var requested = asking.submit("/me/residency/request", Map.of("csrf", asks.csrf(),
        "lastName", "Garçon", "firstNames", "Noël", "birthDate", "1990-12-25"));
    assertEquals(200, requested.status(), requested.body());

    var agent = TestIdentities.person("agent-" + tenant.slug());
    TenantFixtures.appoint(tenant, agent, "STAFF");
    var staff = new PortalBrowser(tenant.host());
    var staffHome = staff.signIn(agent.username(), agent.password(), "/admin");
    assertTrue(staffHome.body().contains("Demandes de vérification</a> — une demande en attente"), staffHome.body());
    assertFalse(staffHome.body().contains("href=\"/admin/residency\""), "staff do not choose the methods");
    assertEquals(403, staff.open("/admin/residency").status());
    var queue = staff.open("/admin/residency/requests");
    assertEquals(200, queue.status(), queue.body());
    Matcher link = REQUEST.matcher(queue.body());
    assertTrue(link.find(), queue.body());
    var request = staff.open(link.group(1));
    assertTrue(request.body().contains("<option>Les Prés</option>"), request.body());
    var unconfirmed = staff.submit(link.group(1) + "/approval",
        Map.of("csrf", request.csrf(), "district", "Les Prés"));
    assertEquals(422, unconfirmed.status(), unconfirmed.body());
    assertFalse(ok(tenant.http().as(noel.token()).get("/api/me/verification")).json().getBoolean("verified"));
    var approved = staff.submit(link.group(1) + "/approval",
        Map.of("csrf", request.csrf(), "district", "Les Prés", "confirmApproval", "yes"));
    assertEquals(200, approved.status(), approved.body());
    assertTrue(approved.body().contains("Aucune demande en attente."), approved.body());
    var approvedStatus = ok(tenant.http().as(noel.token()).get("/api/me/verification")).json();
    assertTrue(approvedStatus.getBoolean("verified"), approvedStatus.toString());
    assertEquals("STAFF_APPROVAL", approvedStatus.getString("method"));
    assertEquals("Les Prés", approvedStatus.getString("district"));

    // Letters with codes: one per printed page; a person under the minimum age gets none.
    var codes = admin.open("/admin/residency/codes");
    assertEquals(200, codes.status(), codes.body());
    var tooYoung = admin.submit("/admin/residency/codes", Map.of("csrf", codes.csrf(), "validDays", "30",
        "people", "Petit;Luc;02/03/2015;1 rue Haute"));
    assertEquals(403, tooYoung.status(), tooYoung.body());
    var letters = admin.submit("/admin/residency/codes", Map.of("csrf", codes.csrf(), "validDays", "30",
        "district", "Centre-bourg",
        "people", "Petit;Luc;02/03/2001;12 rue des Écoles, 44000 Nantes\nRoux;Anne;1990-01-01;3 place du Marché"));
    assertEquals(200, letters.status(), letters.body());
    assertEquals(2, letters.body().split("<article class=\"letter\"").length - 1, letters.body());
    assertTrue(letters.body().contains("Luc Petit<br>12 rue des Écoles<br>44000 Nantes"), letters.body());
    assertTrue(Pattern.compile("<p class=\"code\">[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}</p>").matcher(letters.body())
        .find(), letters.body());
  }
}
