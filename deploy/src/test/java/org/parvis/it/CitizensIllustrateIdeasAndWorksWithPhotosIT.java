package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parvis.it.BudgetCommune.envelopeId;
import static org.parvis.it.BudgetCommune.idea;
import static org.parvis.it.BudgetCommune.ok;
import static org.parvis.it.CitizensVoteInAParticipatoryBudgetIT.ballot;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
import org.parvis.testsupport.TenantHttp;
import org.parvis.testsupport.TestIdentities;

/**
 * An idea's author and staff illustrate it with photos, each with its alternative text, shown on
 * the idea's page; after the vote staff add photos of the works of a funded project. Both through
 * the API (raw bytes) and through the project page's forms (multipart, alternative text required).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CitizensIllustrateIdeasAndWorksWithPhotosIT {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

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
  void authorsAndStaffAddPhotosWithTheirAlternativeText() throws Exception {
    var commune = BudgetCommune.create("photos-idees", "PERRIN");
    var edition = commune.edition("greedy", "{\"kind\": \"APPROVAL\", \"maxChoices\": 1}",
        "[{\"name\": \"Ville\", \"amount\": 10000, \"district\": false}]");
    String id = edition.getString("id");
    String city = envelopeId(edition, 0);
    var authorAccount = TestIdentities.person("auteur-" + commune.tenant().slug());
    var author = commune.tenant().http().as(authorAccount.token());
    var neighbourAccount = TestIdentities.person("voisin-" + commune.tenant().slug());
    String fountain = idea(author, id, city, "Fontaine", 8000);
    String host = commune.tenant().host();
    String photos = "/api/budget/ideas/" + fountain + "/photos";

    // The author adds a photo with its alternative text; it is served by the platform.
    var added = upload(host, authorAccount.token(), photos, "fontaine.png",
        "Une fontaine <en pierre> sur la place", png(), "image/png");
    assertEquals(201, added.status(), added::toString);
    String url = added.json().getString("url");
    var served = commune.tenant().http().send("GET", url, null, "image/png");
    assertEquals(200, served.status(), served::toString);

    // Someone else may not; a photo needs its alternative text; only real images are kept.
    assertEquals(403, upload(host, neighbourAccount.token(), photos, "x.png", "Autre", png(),
        "image/png").status());
    assertEquals(400, upload(host, authorAccount.token(), photos, "x.png", "", png(),
        "image/png").status());
    assertEquals(415, upload(host, authorAccount.token(), photos, "x.png", "Pas une image",
        "<html>pas une image</html>".getBytes(StandardCharsets.UTF_8), "image/png").status());

    // Staff add one too; the idea's page shows both, with their alternative text, escaped.
    var staffAccountPhoto = upload(host, staffToken(commune), photos, "plan.png",
        "Plan de la place", png(), "image/png");
    assertEquals(201, staffAccountPhoto.status(), staffAccountPhoto::toString);
    var listed = ok(commune.tenant().http().get(photos)).jsonArray();
    assertEquals(2, listed.size(), listed::toString);
    var page = commune.tenant().http().getHtml("/budget/" + id + "/projects/" + fountain);
    assertTrue(page.body().contains("alt=\"Une fontaine &lt;en pierre&gt; sur la place\""),
        page.body());
    assertTrue(page.body().contains("alt=\"Plan de la place\""), page.body());

    // The author removes the staff's photo: gone from the idea and from the files.
    String staffPhotoId = staffAccountPhoto.json().getString("id");
    var neighbour = commune.tenant().http().as(neighbourAccount.token());
    assertEquals(403, neighbour.delete(photos + "/" + staffPhotoId).status());
    assertEquals(204, author.delete(photos + "/" + staffPhotoId).status());
    assertEquals(1, ok(commune.tenant().http().get(photos)).jsonArray().size());
    assertEquals(404, commune.tenant().http().send("GET",
        staffAccountPhoto.json().getString("url"), null, "image/png").status());

    // The author does the same through the idea's page: a labelled file input and a required
    // alternative text; a refused file shows the page again with the reason and the text typed.
    var authorBrowser = new PortalBrowser(host);
    String projectPath = "/budget/" + id + "/projects/" + fountain;
    var authorPage = authorBrowser.signIn(authorAccount.username(), authorAccount.password(),
        projectPath);
    assertEquals(200, authorPage.status(), authorPage.body());
    assertTrue(authorPage.body().contains("enctype=\"multipart/form-data\""), authorPage.body());
    assertTrue(authorPage.body().contains("<label for=\"photo-idea-file\">"));
    assertTrue(authorPage.body().contains("<label for=\"photo-idea-alt\">"));
    assertTrue(authorPage.body().contains("name=\"alt\" required maxlength=\"500\""));
    assertFalse(authorPage.body().contains("photo-works"), "no works before the results");
    String portalPhotos = projectPath + "/photos";
    var notImage = authorBrowser.submitMultipart(portalPhotos, Map.of("csrf", authorPage.csrf(),
        "for", "idea", "alt", "Le kiosque <ancien>"), new PortalBrowser.FilePart("photo",
        "kiosque.png", "image/png", "pas une image".getBytes(StandardCharsets.UTF_8)));
    assertEquals(415, notImage.status(), notImage.body());
    assertTrue(notImage.body().contains("La photo n&#39;a pas été ajoutée : le fichier n&#39;est"
        + " ni une image JPEG, PNG ou WebP ni un PDF."), notImage.body());
    assertTrue(notImage.body().contains("value=\"Le kiosque &lt;ancien&gt;\""), "text kept");
    var noAlt = authorBrowser.submitMultipart(portalPhotos, Map.of("csrf", authorPage.csrf(),
        "for", "idea", "alt", " "), new PortalBrowser.FilePart("photo", "kiosque.png",
        "image/png", png()));
    assertEquals(422, noAlt.status(), noAlt.body());
    assertTrue(noAlt.body().contains("décrivez la photo"), noAlt.body());
    assertEquals(403, authorBrowser.submitMultipart(portalPhotos, Map.of("csrf", "forged",
        "for", "idea", "alt", "Kiosque"), new PortalBrowser.FilePart("photo", "kiosque.png",
        "image/png", png())).status());
    var addedInPortal = authorBrowser.submitMultipart(portalPhotos, Map.of("csrf",
        authorPage.csrf(), "for", "idea", "alt", "Le kiosque <ancien>"),
        new PortalBrowser.FilePart("photo", "kiosque.png", "image/png", png()));
    assertEquals(200, addedInPortal.status(), addedInPortal.body());
    assertTrue(addedInPortal.body().contains("La photo est ajoutée."), addedInPortal.body());
    assertTrue(addedInPortal.body().contains("alt=\"Le kiosque &lt;ancien&gt;\""));
    assertEquals(2, ok(commune.tenant().http().get(photos)).jsonArray().size());

    // After the vote, staff illustrate the works of the funded project, not of others.
    commune.moveTo(id, 1, "FEASIBILITY_REVIEW");
    commune.feasible(fountain, 8000);
    commune.moveTo(id, 2, "VOTE");
    ok(commune.verifiedResident("PERRIN").post("/api/budget/editions/" + id + "/ballots",
        ballot(city, fountain)));
    String works = "/api/budget/projects/" + fountain + "/follow-up/photos";
    assertEquals(409, upload(host, staffToken(commune), works, "chantier.png", "Chantier",
        png(), "image/png").status(), "not funded before the results");
    ok(commune.admin().post("/api/budget/editions/" + id + "/vote/close", null));
    assertEquals(403, upload(host, authorAccount.token(), works, "chantier.png", "Chantier",
        png(), "image/png").status());
    var worksPhoto = upload(host, staffToken(commune), works, "chantier.png",
        "Le chantier de la fontaine en mai", png(), "image/png");
    assertEquals(201, worksPhoto.status(), worksPhoto::toString);
    var followUp = ok(commune.tenant().http().get("/api/budget/projects/" + fountain
        + "/follow-up")).json();
    assertEquals("Le chantier de la fontaine en mai",
        followUp.getJsonArray("photos").getJsonObject(0).getString("alt"));
    var projectPage = commune.tenant().http().getHtml("/budget/" + id + "/projects/" + fountain);
    assertTrue(projectPage.body().contains("alt=\"Le chantier de la fontaine en mai\""),
        projectPage.body());
    assertFalse(projectPage.body().contains("Plan de la place"));

    // Staff add a photo of the works through the project page; its author cannot.
    assertFalse(authorBrowser.open(projectPath).body().contains("photo-works"));
    assertEquals(403, authorBrowser.submitMultipart(portalPhotos, Map.of("csrf",
        authorPage.csrf(), "for", "works", "alt", "Chantier"), new PortalBrowser.FilePart(
        "photo", "chantier.png", "image/png", png())).status());
    var staffAccount = TestIdentities.person("agent-" + commune.tenant().slug());
    var staffBrowser = new PortalBrowser(host);
    var staffPage = staffBrowser.signIn(staffAccount.username(), staffAccount.password(),
        projectPath);
    assertTrue(staffPage.body().contains("<label for=\"photo-works-alt\">"), staffPage.body());
    var worksInPortal = staffBrowser.submitMultipart(portalPhotos, Map.of("csrf",
        staffPage.csrf(), "for", "works", "alt", "Les fondations posées en juin"),
        new PortalBrowser.FilePart("photo", "juin.png", "image/png", png()));
    assertEquals(200, worksInPortal.status(), worksInPortal.body());
    assertEquals(2, ok(commune.tenant().http().get("/api/budget/projects/" + fountain
        + "/follow-up")).json().getJsonArray("photos").size());
    assertTrue(worksInPortal.body().contains("alt=\"Les fondations posées en juin\""));
  }

  private static String staffToken(BudgetCommune commune) {
    return TestIdentities.person("agent-" + commune.tenant().slug()).token();
  }

  private static byte[] png() throws IOException {
    BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
    image.setRGB(1, 1, 0x3366cc);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  /** Raw bytes with their own Content-Type, which TenantHttp's JSON helpers do not send. */
  private static TenantHttp.Reply upload(String host, String token, String path, String filename,
      String alt, byte[] content, String type) {
    int port = Integer.getInteger("parvis.it.http.port", 8080);
    var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path
            + "?filename=" + URLEncoder.encode(filename, StandardCharsets.UTF_8)
            + "&alt=" + URLEncoder.encode(alt, StandardCharsets.UTF_8)))
        .timeout(Duration.ofSeconds(30))
        .header("Host", host + ":" + port)
        .header("Accept", "application/json")
        .header("Content-Type", type)
        .header("Authorization", "Bearer " + token)
        .POST(HttpRequest.BodyPublishers.ofByteArray(content))
        .build();
    try {
      var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      return new TenantHttp.Reply(response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""), response.body());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
