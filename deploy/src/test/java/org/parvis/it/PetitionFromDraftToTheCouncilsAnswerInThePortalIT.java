package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parvis.it.VerifiedCommune.identityJson;
import static org.parvis.it.VerifiedCommune.ok;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.parvis.testsupport.IntegrationServices;
import org.parvis.testsupport.ParvisDeployment;
import org.parvis.testsupport.PortalBrowser;
import org.parvis.testsupport.TenantFixtures;
import org.parvis.testsupport.TenantHttp;
import org.parvis.testsupport.TestIdentities;

/**
 * A petition's whole life through the portal's pages only: a resident drafts it (a refused attempt first stores
 * nothing and keeps what was typed), invites a co-signer by its link and submits it; a moderator publishes it from
 * the queue, and merges into it a petition another resident submitted asking the same; residents sign online; staff enter a paper batch — refused as a whole because one line is a resident
 * who signed online, then recorded without it — which reaches the threshold; the administrator sets the council's
 * meeting date and publishes its answer, which the public page shows. A resident cannot open the moderation queue.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PetitionFromDraftToTheCouncilsAnswerInThePortalIT {

  private static final String TITLE = "Des fontaines à boire dans les parcs";
  private static final Pattern DRAFT_URL = Pattern.compile("/petitions/drafts/([0-9a-f-]{36})$");

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
  void aPetitionGoesFromItsDraftToTheCouncilsAnswerThroughPagesOnly() {
    var commune = VerifiedCommune.enabling("petition-pages", "petitions", "{\"threshold\": \"4\","
        + " \"durationDays\": \"30\", \"paperSignatures\": \"true\", \"minimumAge\": \"0\"}");
    var tenant = commune.tenant();

    // The author drafts: a title too long is refused in French, the text typed is kept, nothing is stored.
    var authorAccount = verified(commune, "autrice", 1);
    var author = new PortalBrowser(tenant.host());
    var start = author.signIn(authorAccount.username(), authorAccount.password(), "/petitions/drafts");
    assertEquals(200, start.status(), start.body());
    assertTrue(start.body().contains("<label for=\"title\">Titre</label>"), start.body());
    String body = "L'été, les enfants et les anciens n'ont nulle part où boire.\n\nNous demandons une fontaine par parc.";
    Map<String, String> draft = new HashMap<>(Map.of("csrf", start.csrf(), "title", TITLE + " " + "x".repeat(200),
        "body", body));
    var refused = author.submit("/petitions/drafts", draft);
    assertEquals(422, refused.status(), refused.body());
    assertTrue(refused.body().contains("role=\"alert\"") && refused.body().contains("200 caractères au plus"),
        refused.body());
    assertTrue(refused.body().contains("nulle part où boire."), "what was typed is kept: " + refused.body());
    var authorApi = tenant.http().as(authorAccount.token());
    assertEquals("[]", ok(authorApi.get("/api/petitions/mine")).body().strip(), "nothing stored");

    draft.put("title", TITLE);
    var drafted = author.submit("/petitions/drafts", draft);
    assertEquals(200, drafted.status(), drafted.body());
    Matcher m = DRAFT_URL.matcher(drafted.url());
    assertTrue(m.find(), drafted.url());
    String id = m.group(1);
    assertTrue(drafted.body().contains("Inviter des co-signataires"), drafted.body());
    assertEquals(404, new PortalBrowser(tenant.host()).open("/petitions/" + id).status(), "a draft is private");

    // A co-signer invited by the link co-signs from the draft's page.
    var cosignerAccount = verified(commune, "cosignataire", 2);
    var cosigner = new PortalBrowser(tenant.host());
    var invited = cosigner.signIn(cosignerAccount.username(), cosignerAccount.password(), "/petitions/drafts/" + id);
    assertEquals(200, invited.status(), invited.body());
    var cosigned = cosigner.submit("/petitions/drafts/" + id, Map.of("csrf", invited.csrf(), "action", "cosign"));
    assertEquals(200, cosigned.status(), cosigned.body());
    assertTrue(cosigned.body().contains("Vous avez co-signé ce brouillon."), cosigned.body());

    var submitted = author.submit("/petitions/drafts/" + id, Map.of("csrf", drafted.csrf(), "action", "submit"));
    assertEquals(200, submitted.status(), submitted.body());
    assertTrue(submitted.body().contains("En modération"), submitted.body());
    assertEquals(403, author.open("/petitions/moderation").status(), "a resident does not moderate");

    // The moderator publishes from the queue.
    var moderator = withRole(commune, "moderatrice", "MODERATOR", "/petitions/moderation");
    var queue = moderator.open("/petitions/moderation");
    assertEquals(200, queue.status(), queue.body());
    assertTrue(queue.body().contains(TITLE) && queue.body().contains("1 co-signataire(s)"), queue.body());
    var published = moderator.submit("/petitions/moderation/" + id, Map.of("csrf", queue.csrf(), "action", "publish"));
    assertEquals(200, published.status(), published.body());
    assertTrue(published.body().contains("Ouverte aux signatures"), published.body());

    // The co-signer submits a petition asking the same: the moderator merges it into the published one.
    var second = cosigner.open("/petitions/drafts");
    var secondDraft = cosigner.submit("/petitions/drafts", Map.of("csrf", second.csrf(),
        "title", "Des points d'eau au parc Paul-Mistral", "body", "Il fait trop chaud l'été."));
    Matcher m2 = DRAFT_URL.matcher(secondDraft.url());
    assertTrue(m2.find(), secondDraft.url());
    String duplicateId = m2.group(1);
    assertEquals(200, cosigner.submit("/petitions/drafts/" + duplicateId,
        Map.of("csrf", second.csrf(), "action", "submit")).status());
    var queueAgain = moderator.open("/petitions/moderation");
    assertTrue(queueAgain.body().contains("<option value=\"" + id + "\">" + TITLE + "</option>"), queueAgain.body());
    var merged = moderator.submit("/petitions/moderation/" + duplicateId, Map.of("csrf", queueAgain.csrf(),
        "action", "merge", "into-" + duplicateId, id));
    assertEquals(200, merged.status(), merged.body());
    var mergedPage = cosigner.open("/petitions/" + duplicateId);
    assertTrue(mergedPage.body().contains("Fusionnée par la modération")
        && mergedPage.body().contains("<a href=\"/petitions/" + id + "\">" + TITLE + "</a>"), mergedPage.body());
    assertEquals("MERGED", ok(commune.tenant().http().as(cosignerAccount.token())
        .get("/api/petitions/" + duplicateId)).json().getString("status"));

    // Two residents sign online.
    for (int person : new int[] {3, 4}) {
      var account = verified(commune, "signataire" + person, person);
      var resident = new PortalBrowser(tenant.host());
      var page = resident.signIn(account.username(), account.password(), "/petitions/" + id);
      var signed = resident.submit("/petitions/" + id, Map.of("csrf", page.csrf(), "action", "sign"));
      assertEquals(200, signed.status(), signed.body());
      assertTrue(signed.body().contains("Vous avez signé cette pétition."), signed.body());
    }
    assertEquals(2, count(commune, id));

    // Staff enter a paper batch: line 2 is person 3, who signed online: the batch is refused, nothing recorded.
    var staff = withRole(commune, "agent", "STAFF", "/petitions/" + id);
    assertTrue(staff.open("/petitions/" + id).body().contains("/petitions/administration/" + id + "/paper"),
        "the petition's page links to the staff's work");
    var paper = staff.open("/petitions/administration/" + id + "/paper");
    assertEquals(200, paper.status(), paper.body());
    Map<String, String> batch = new HashMap<>(Map.of("csrf", paper.csrf()));
    line(batch, 1, 5);
    line(batch, 2, 3);
    var duplicate = staff.submit("/petitions/administration/" + id + "/paper", batch);
    assertEquals(422, duplicate.status(), duplicate.body());
    assertTrue(duplicate.body().contains("Ligne 2 : Cette personne a déjà signé"), duplicate.body());
    assertTrue(duplicate.body().contains("value=\"" + VerifiedCommune.lastName(5) + "\""), duplicate.body());
    assertEquals(2, count(commune, id), "all or nothing: nothing recorded");

    line(batch, 2, 6);
    var recorded = staff.submit("/petitions/administration/" + id + "/paper", batch);
    assertEquals(200, recorded.status(), recorded.body());
    assertTrue(recorded.body().contains("2 signature(s) papier enregistrée(s)."), recorded.body());
    assertEquals(4, count(commune, id));
    var referred = ok(tenant.http().get("/api/petitions/" + id)).json();
    assertEquals("REFERRED", referred.getString("status"), "the threshold refers it to the council");

    // The administrator sets the meeting date, then publishes the council's answer.
    var admin = withRole(commune, "maire", "ADMIN", "/petitions/administration");
    var list = admin.open("/petitions/administration");
    assertTrue(list.body().contains("/petitions/administration/" + id + "/council"), list.body());
    var council = admin.open("/petitions/administration/" + id + "/council");
    assertEquals(200, council.status(), council.body());
    assertFalse(council.body().contains("name=\"answer\""), "the meeting date comes first");
    var scheduled = admin.submit("/petitions/administration/" + id + "/council",
        Map.of("csrf", council.csrf(), "action", "meeting", "date", "2027-02-11"));
    assertEquals(200, scheduled.status(), scheduled.body());
    assertTrue(scheduled.body().contains("11 février 2027"), scheduled.body());
    var unanswered = admin.submit("/petitions/administration/" + id + "/council",
        Map.of("csrf", council.csrf(), "action", "answer", "answer", "Le conseil installe dix fontaines."));
    assertEquals(422, unanswered.status(), "a decision is required: " + unanswered.body());
    assertTrue(unanswered.body().contains("Le conseil installe dix fontaines."), unanswered.body());
    var answered = admin.submit("/petitions/administration/" + id + "/council", Map.of("csrf", council.csrf(),
        "action", "answer", "answer", "Le conseil installe dix fontaines cet été.", "decision", "ADOPTED"));
    assertEquals(200, answered.status(), answered.body());

    var publicPage = new PortalBrowser(tenant.host()).open("/petitions/" + id);
    assertEquals(200, publicPage.status(), publicPage.body());
    assertTrue(publicPage.body().contains("Examen en conseil municipal le 11 février 2027"), publicPage.body());
    assertTrue(publicPage.body().contains("Le conseil installe dix fontaines cet été.")
        && publicPage.body().contains("Décision : adoptée"), publicPage.body());
    assertEquals("ANSWERED", ok(tenant.http().get("/api/petitions/" + id)).json().getString("status"));
  }

  private static TestIdentities.Account verified(VerifiedCommune commune, String name, int censusPerson) {
    var account = TestIdentities.person(name + "-" + commune.tenant().slug());
    ok(commune.tenant().http().as(account.token()).post("/api/me/verification/census", identityJson(censusPerson)));
    return account;
  }

  private static PortalBrowser withRole(VerifiedCommune commune, String name, String role, String path) {
    var account = TestIdentities.person(name + "-" + commune.tenant().slug());
    TenantFixtures.appoint(commune.tenant(), account, role);
    var browser = new PortalBrowser(commune.tenant().host());
    var page = browser.signIn(account.username(), account.password(), path);
    assertEquals(200, page.status(), page.body());
    return browser;
  }

  private static void line(Map<String, String> batch, int line, int censusPerson) {
    batch.put("lastName-" + line, VerifiedCommune.lastName(censusPerson));
    batch.put("firstNames-" + line, "Test");
    batch.put("birthDate-" + line, VerifiedCommune.birthDate(censusPerson).toString());
  }

  private static long count(VerifiedCommune commune, String id) {
    return commune.tenant().http().get("/api/petitions/" + id + "/signatures").json()
        .getJsonNumber("count").longValue();
  }

  /**
   * The staff's pages — the moderation queue, the follow-up list, the paper form (empty and refused), the council's
   * page — pass the accessibility crawl's checks on a desktop and on a 390 px phone; screenshots in
   * {@code target/screenshots/petitions-*.png}.
   */
  @Test
  void theStaffPagesPassTheAccessibilityChecksOnADesktopAndAPhone() throws IOException {
    var commune = VerifiedCommune.enabling("petition-audit", "petitions", "{\"threshold\": \"2\","
        + " \"durationDays\": \"30\", \"paperSignatures\": \"true\", \"minimumAge\": \"0\"}");
    var moderatorApi = commune.withRole("moderation", "MODERATOR");
    var author = commune.verifiedCitizen(1);
    String open = apiPetition(author, moderatorApi, "Des bancs le long de l'Isère", true);
    String referred = apiPetition(author, moderatorApi, "Un marché le dimanche à la Villeneuve", true);
    ok(commune.verifiedCitizen(2).post("/api/petitions/" + referred + "/signatures", null));
    ok(commune.verifiedCitizen(3).post("/api/petitions/" + referred + "/signatures", null));
    apiPetition(author, moderatorApi, "Une piste cyclable cours Jean-Jaurès", false);

    var account = TestIdentities.person("equipe-" + commune.tenant().slug());
    TenantFixtures.appoint(commune.tenant(), account, "STAFF", "MODERATOR");
    String origin = "http://" + commune.tenant().host() + ":" + Integer.getInteger("parvis.it.http.port");
    List<String> problems = new ArrayList<>();
    try (var chromium = HeadlessChromium.start()) {
      ChromeDriver driver = chromium.driver();
      var keys = new Keyboard(driver);
      driver.get(origin + "/auth/login?return=/petitions/moderation");
      keys.signInOnKeycloak(account.username(), account.password());
      keys.waitFor(d -> d.getCurrentUrl().equals(origin + "/petitions/moderation"), "the moderation queue");
      audit(driver, "moderation", problems);
      driver.get(origin + "/petitions/administration");
      audit(driver, "administration", problems);
      driver.get(origin + "/petitions/administration/" + referred + "/council");
      audit(driver, "council", problems);
      driver.get(origin + "/petitions/administration/" + open + "/paper");
      audit(driver, "paper", problems);
      driver.findElement(By.id("lastName-1")).sendKeys(VerifiedCommune.lastName(9));
      driver.findElement(By.id("lastName-2")).sendKeys(VerifiedCommune.lastName(10));
      driver.findElement(By.cssSelector("form.paper-batch button[type=submit]")).click();
      keys.waitFor(d -> !d.findElements(By.cssSelector(".error-summary")).isEmpty(), "the refused batch");
      assertTrue(main(driver).contains("Ligne 1 : Indiquez le nom, les prénoms et la date de naissance"),
          "an incomplete line is named: " + main(driver));
      audit(driver, "paper-refused", problems);
    }
    assertEquals(List.of(), problems);
  }

  private static String main(ChromeDriver driver) {
    return driver.findElement(By.tagName("main")).getText();
  }

  private static String apiPetition(TenantHttp author, TenantHttp moderator, String title, boolean publish) {
    String id = ok(author.post("/api/petitions", "{\"title\": \"" + title + "\", \"body\": \"Pour le quartier.\"}"))
        .json().getString("id");
    ok(author.post("/api/petitions/" + id + "/submission", null));
    if (publish) {
      ok(moderator.post("/api/petitions/" + id + "/publication", null));
    }
    return id;
  }

  private static void audit(ChromeDriver driver, String name, List<String> problems) throws IOException {
    for (Dimension screen : List.of(new Dimension(1280, 900), new Dimension(390, 844))) {
      driver.manage().window().setSize(screen);
      @SuppressWarnings("unchecked")
      List<Object> found = (List<Object>) ((JavascriptExecutor) driver).executeScript(PublicPagesAreAccessibleIT.AUDIT);
      found.forEach(p -> problems.add(name + " at " + screen.getWidth() + " px: " + p));
      Path shot = Path.of("target", "screenshots", "petitions-" + name + "-" + screen.getWidth() + ".png");
      Files.createDirectories(shot.getParent());
      Files.write(shot, driver.getScreenshotAs(OutputType.BYTES));
    }
    driver.manage().window().setSize(new Dimension(1280, 900));
  }
}
