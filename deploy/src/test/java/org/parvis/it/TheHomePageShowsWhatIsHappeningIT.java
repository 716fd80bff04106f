package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parvis.it.VerifiedCommune.identityJson;
import static org.parvis.it.VerifiedCommune.ok;

import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import javax.imageio.ImageIO;
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
import org.parvis.testsupport.TestIdentities;

/**
 * A commune's home page shows what is happening: an open vote with its closing date for everyone; for a signed-in
 * resident what waits for them (verifying residency, then the vote they have not cast, gone once cast); and the
 * welcome text and banner its administrator writes, the banner refused without its text alternative.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TheHomePageShowsWhatIsHappeningIT {

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
  void anOpenVoteWhatWaitsForAResidentAndTheWelcomeTheAdministratorWrites() throws IOException {
    var commune = VerifiedCommune.enabling("accueil-vivant", "votations", "{}");
    String closes = Instant.now().plus(7, ChronoUnit.DAYS).toString();
    JsonObject created = ok(commune.admin().post("/api/votations", "{\"question\":"
        + " \"Quel nom pour la médiathèque ?\", \"method\": \"SINGLE_CHOICE\", \"options\":"
        + " [\"Simone-Veil\", \"Olympe-de-Gouges\"], \"closesAt\": \"" + closes + "\"}")).json();
    String id = created.getString("id");
    String option = created.getJsonArray("options").getJsonObject(0).getString("id");

    // Everyone sees the open vote with its closing date; nobody is asked anything.
    var anonymous = new PortalBrowser(commune.tenant().host()).open("/");
    assertEquals(200, anonymous.status(), anonymous.body());
    assertTrue(anonymous.body().contains("<h2 id=\"open-title\">Ouvert en ce moment</h2>"), anonymous.body());
    assertTrue(anonymous.body().contains("<a href=\"/votations/" + id + "\">Quel nom pour la médiathèque ?</a>"),
        anonymous.body());
    assertTrue(anonymous.body().matches("(?s).*<time datetime=\"[0-9T:+-]+\">Jusqu&#39;au .*"), anonymous.body());
    assertFalse(anonymous.body().contains("Ce qui vous attend"), anonymous.body());
    assertTrue(anonymous.body().contains("Bienvenue sur le portail de participation."), "the default welcome");

    // A resident signed in but not verified is asked to verify first; once verified, to vote; then nothing.
    var account = TestIdentities.person("habitante-" + commune.tenant().slug());
    var browser = new PortalBrowser(commune.tenant().host());
    var home = browser.signIn(account.username(), account.password(), "/");
    assertTrue(home.body().contains("<h2 id=\"waiting-title\">Ce qui vous attend</h2>"), home.body());
    assertTrue(home.body().contains("<a href=\"/me/residency\">Vérifiez votre résidence</a>"), home.body());
    assertFalse(home.body().contains("Votez :"), home.body());
    ok(commune.tenant().http().as(account.token()).post("/api/me/verification/census", identityJson(1)));
    home = browser.open("/");
    assertFalse(home.body().contains("Vérifiez votre résidence"), home.body());
    assertTrue(home.body().contains("<a href=\"/votations/" + id + "\">Votez : Quel nom pour la médiathèque ?</a>"),
        home.body());
    assertTrue(home.body().contains("Vous n&#39;avez pas encore voté."), home.body());
    var ballot = browser.open("/votations/" + id);
    var voted = browser.submit("/votations/" + id, Map.of("csrf", ballot.csrf(), "choice", option));
    assertEquals(200, voted.status(), voted.body());
    home = browser.open("/");
    assertFalse(home.body().contains("Votez :"), "a vote cast waits no more");
    assertTrue(home.body().contains("Quel nom pour la médiathèque ?"), "the vote is still open to others");
    assertEquals(403, browser.open("/admin/home").status(), "only administrators edit the home page");

    // The administrator writes the welcome and adds a banner, which needs its text alternative.
    var adminAccount = TestIdentities.person("admin-" + commune.tenant().slug());
    var admin = new PortalBrowser(commune.tenant().host());
    var form = admin.signIn(adminAccount.username(), adminAccount.password(), "/admin/home");
    assertEquals(200, form.status(), form.body());
    assertTrue(form.body().contains("<label for=\"welcome\">Texte d&#39;accueil"), form.body());
    FilePart banner = new FilePart("banner", "place.png", "image/png", png());
    var noAlt = admin.submitMultipart("/admin/home", Map.of("csrf", form.csrf(),
        "welcome", "Bienvenue à Accueil-Vivant !\n\nDonnez votre avis sur la médiathèque.", "bannerAlt", ""), banner);
    assertEquals(422, noAlt.status(), noAlt.body());
    assertTrue(noAlt.body().contains("Décrivez l&#39;image de la bannière pour qui ne la voit pas."), noAlt.body());
    assertTrue(noAlt.body().contains(">Bienvenue à Accueil-Vivant !\n\nDonnez votre avis"), "what was typed is kept");
    var saved = admin.submitMultipart("/admin/home", Map.of("csrf", form.csrf(),
        "welcome", "Bienvenue à Accueil-Vivant !\n\nDonnez votre avis sur la médiathèque.",
        "bannerAlt", "La place du marché <un samedi>"), banner);
    assertEquals(200, saved.status(), saved.body());
    assertTrue(saved.body().contains("<p class=\"lead\">Bienvenue à Accueil-Vivant !</p>"), saved.body());
    assertTrue(saved.body().contains("<p>Donnez votre avis sur la médiathèque.</p>"), saved.body());
    assertTrue(saved.body().contains("<a href=\"/admin/home\">Modifier l&#39;accueil</a>"), saved.body());
    String src = saved.body().replaceAll("(?s).*<img class=\"home-banner\" src=\"(/files/[0-9a-f-]{36})\""
        + " alt=\"La place du marché &lt;un samedi&gt;\">.*", "$1");
    assertTrue(src.startsWith("/files/"), saved.body());
    var image = new PortalBrowser(commune.tenant().host()).fetch("GET", src, "image/*");
    assertEquals(200, image.status());
    assertEquals("image/png", image.header("Content-Type"));
    assertTrue(new PortalBrowser(commune.tenant().host()).open("/").body()
        .contains("Bienvenue à Accueil-Vivant !"), "visitors see the new welcome");

    // Taking the banner away keeps the text.
    var removed = admin.submitMultipart("/admin/home", Map.of("csrf", form.csrf(),
        "welcome", "Bienvenue à Accueil-Vivant !", "bannerAlt", "", "removeBanner", "1"), null);
    assertEquals(200, removed.status(), removed.body());
    assertFalse(removed.body().contains("home-banner"), removed.body());
    assertEquals(404, new PortalBrowser(commune.tenant().host()).fetch("GET", src, "image/*").status(),
        "the old banner is deleted");
  }

  @Test
  void aPointOutsideTheCommunesAreaIsRefusedAndTypedCoordinatesInsideAreKept() {
    var commune = VerifiedCommune.enabling("territoire", "worksites", "{}");
    var adminAccount = TestIdentities.person("admin-" + commune.tenant().slug());
    var admin = new PortalBrowser(commune.tenant().host());
    var form = admin.signIn(adminAccount.username(), adminAccount.password(), "/admin/home");
    assertTrue(form.body().contains("<legend>Territoire couvert par les cartes</legend>"), form.body());
    var half = admin.submitMultipart("/admin/home", Map.of("csrf", form.csrf(), "welcome", "",
        "areaSouth", "45,15", "areaWest", "5.67", "areaNorth", "", "areaEast", ""), null);
    assertEquals(422, half.status(), half.body());
    assertTrue(half.body().contains("Saisissez les quatre limites, ou aucune."), half.body());
    var set = admin.submitMultipart("/admin/home", Map.of("csrf", form.csrf(), "welcome", "",
        "areaSouth", "45,15", "areaWest", "5.67", "areaNorth", "45.22", "areaEast", "5.76"), null);
    assertEquals(200, set.status(), set.body());
    assertTrue(admin.open("/admin/home").body().contains("value=\"45.15\""), "the area is shown again");

    var resident = commune.verifiedCitizen(2);
    var account = TestIdentities.person("citoyen2-" + commune.tenant().slug());
    var browser = new PortalBrowser(commune.tenant().host());
    var report = browser.signIn(account.username(), account.password(), "/worksites/report");
    assertEquals(200, report.status(), report.body());
    // Latitude and longitude swapped: a point in the Indian Ocean.
    var swapped = browser.submitMultipart("/worksites/report", Map.of("csrf", report.csrf(),
        "title", "Lampadaire éteint", "description", "Rue Servan, le lampadaire ne s'allume plus.",
        "place", "Rue Servan", "latitude", "5.7245", "longitude", "45.1885"), null);
    assertEquals(422, swapped.status(), swapped.body());
    assertTrue(swapped.body().contains("Ce point est en dehors du territoire de la commune."), swapped.body());
    assertTrue(swapped.body().contains("value=\"5.7245\"") && swapped.body().contains("value=\"45.1885\""),
        "what was typed is kept");
    assertTrue(swapped.body().contains("Rue Servan, le lampadaire ne s&#39;allume plus.</textarea>"), swapped.body());
    assertEquals(0, ok(commune.tenant().http().get("/api/worksites/reports")).jsonArray().size(), "nothing stored");

    var typed = browser.submitMultipart("/worksites/report", Map.of("csrf", report.csrf(),
        "title", "Lampadaire éteint", "description", "Rue Servan, le lampadaire ne s'allume plus.",
        "place", "Rue Servan", "latitude", "45,1885", "longitude", "5.7245"), null);
    assertEquals(200, typed.status(), typed.body());
    var stored = ok(commune.tenant().http().get("/api/worksites/reports")).jsonArray().getJsonObject(0);
    assertEquals(45.1885, stored.getJsonNumber("latitude").doubleValue(), 1e-9);
    assertEquals(5.7245, stored.getJsonNumber("longitude").doubleValue(), 1e-9);
    assertFalse(stored.getBoolean("approximate"));
    var api = resident.post("/api/worksites/reports", "{\"title\": \"Trou\", \"description\": \"Un trou\","
        + " \"place\": \"Paris\", \"latitude\": 48.8566, \"longitude\": 2.3522}");
    assertEquals(400, api.status(), "the API refuses the same point: " + api);
    assertTrue(api.toString().contains("urn:parvis:problem:outside-area"), api.toString());
  }

  private static byte[] png() throws IOException {
    BufferedImage image = new BufferedImage(64, 24, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 64; x++) {
      for (int y = 0; y < 24; y++) {
        image.setRGB(x, y, (x * 4) << 16 | (y * 10) << 8 | 0x40);
      }
    }
    var out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
