package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parvis.it.VerifiedCommune.ok;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
 * A commune administrator runs a small draw from the portal's console only: creates the
 * convention with its quotas, opens recruitment, freezes the pool once volunteers joined, waits
 * for the computation, publishes the panels, enters the public seed and sees the seated panel;
 * then records a member's departure and draws a replacement. Other members get 403, and a forged
 * form token is refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdministratorRunsTheConventionDrawInThePortalIT {

  private static final Pattern CONSOLE = Pattern.compile("/convention/admin/([0-9a-f-]{36})$");
  private static final Pattern SEATED = Pattern.compile(
      "<ul class=\"members-seated\">(.*?)</ul>", Pattern.DOTALL);
  private static final Pattern NUMBER = Pattern.compile("N° (\\d+) —");

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
  void anAdministratorRunsTheWholeCeremonyFromTheConsole() throws Exception {
    var commune = VerifiedCommune.enabling("convention-console", "convention", "{}");
    var account = TestIdentities.person("admin-" + commune.tenant().slug());
    var browser = new PortalBrowser(commune.tenant().host());
    var form = browser.signIn(account.username(), account.password(), "/convention/admin/new");
    assertEquals(200, form.status(), form.body());
    String csrf = form.csrf();

    Map<String, String> setup = new HashMap<>(Map.of("csrf", csrf,
        "title", "Convention <climat>", "mandate", "Comment réduire nos émissions ?",
        "panelSize", "4", "lotterySize", "100", "openToAll", "on", "quotaMode", "bands"));
    row(setup, 0, "gender", "female", "3", "3");
    row(setup, 1, "gender", "male", "2", "2");
    row(setup, 2, "age", "young", "1", "3");
    row(setup, 3, "age", "old", "1", "3");

    // A forged token is refused; quotas that cannot fill the panel are answered 422, values kept.
    Map<String, String> forged = new HashMap<>(setup);
    forged.put("csrf", "forged");
    assertEquals(403, browser.submit("/convention/admin/new", forged).status());
    var refused = browser.submit("/convention/admin/new", setup);
    assertEquals(422, refused.status(), refused.body());
    assertTrue(refused.body().contains("role=\"alert\""), refused.body());
    assertTrue(refused.body().contains("value=\"Convention &lt;climat&gt;\""), refused.body());

    setup.put("min-0", "2");
    setup.put("max-0", "2");
    var console = browser.submit("/convention/admin/new", setup);
    assertEquals(200, console.status(), console.body());
    Matcher m = CONSOLE.matcher(console.url());
    assertTrue(m.find(), console.url());
    String id = m.group(1);
    String base = "/convention/admin/" + id;
    assertTrue(console.body().contains("En préparation"), console.body());

    console = step(browser, base + "/recruitment", Map.of("csrf", csrf));
    assertTrue(console.body().contains("Appel à volontaires ouvert"), console.body());
    var anonymous = commune.tenant().http();
    Map<String, Integer> personOfNumber = new HashMap<>();
    for (int i = 1; i <= 10; i++) {
      var joined = ok(anonymous.post("/api/conventions/" + id + "/volunteers", """
          {"lastName": "%s", "firstNames": "Test", "birthDate": "%s",
           "answers": {"gender": "%s", "age": "%s"}, "consent": true, "publishName": true}"""
          .formatted(VerifiedCommune.lastName(i), VerifiedCommune.birthDate(i),
              ConventionCommune.gender(i), ConventionCommune.age(i))));
      personOfNumber.put(Integer.toString(joined.json().getInt("number")), i);
    }
    console = browser.open(base);
    assertTrue(console.body().contains("10 volontaires dans le vivier"), console.body());
    // Five volunteers answered "female" (odd numbers), three "old" (multiples of 3).
    assertTrue(console.body().contains("<td>female</td><td>2 à 2</td><td>5</td>"), console.body());
    assertTrue(console.body().contains("<td>old</td><td>1 à 3</td><td>3</td>"), console.body());

    step(browser, base + "/freeze", Map.of("csrf", csrf));
    var tooEarly = browser.submit(base + "/draw", Map.of("csrf", csrf, "seed", "trop tôt"));
    assertEquals(422, tooEarly.status(), tooEarly.body());
    assertTrue(tooEarly.body().contains("role=\"alert\""), tooEarly.body());
    awaitComputation(browser, base);

    console = step(browser, base + "/publication", Map.of("csrf", csrf));
    assertTrue(console.body().contains("Panels publiés"), console.body());
    console = step(browser, base + "/draw", Map.of("csrf", csrf, "seed", "7 12 25 31 44"));
    assertTrue(console.body().contains("Panel tiré au sort et installé"), console.body());
    Set<String> seated = seated(console.body());
    assertEquals(4, seated.size(), console.body());
    assertEquals(seatedByApi(commune, id), seated);
    assertEquals(4, ok(anonymous.get("/api/conventions/" + id + "/panel")).json()
        .getJsonArray("names").size());

    // A member leaves; the replacement round is published, then drawn from its own seed.
    String leaving = seated.iterator().next();
    step(browser, base + "/withdrawal", Map.of("csrf", csrf, "number", leaving));
    console = step(browser, base + "/replacements", Map.of("csrf", csrf));
    assertTrue(console.body().contains("Tour 1"), console.body());
    console = step(browser, base + "/replacements/draw",
        Map.of("csrf", csrf, "round", "1", "replacementSeed", "remplacement 1"));
    Set<String> after = seated(console.body());
    assertEquals(4, after.size(), console.body());
    assertFalse(after.contains(leaving), console.body());
    assertEquals(seatedByApi(commune, id), after);

    panelWorks(commune, browser, id, personOfNumber.get(after.iterator().next()));
  }

  /**
   * The seated panel at work, from the portal only: the administrator adds a session and uploads
   * its PDF, a member reads them in the members' space, drafts a proposal and votes once the
   * administrator opened the vote; the administrator closes it and publishes the commune's
   * response, which the public page of the proposal shows; ending the mandate erases the
   * volunteers' names and addresses, and the former member loses the space.
   */
  private static void panelWorks(VerifiedCommune commune, PortalBrowser admin, String id,
      int memberPerson) {
    String work = "/convention/admin/work/" + id;
    assertTrue(admin.open("/convention/admin/" + id).body().contains("href=\"" + work + "\""));
    String csrf = admin.open(work).csrf();
    Map<String, String> session = new HashMap<>(Map.of("csrf", csrf, "title", "Première session",
        "startsAt", "2027-03-06T10:00", "endsAt", "2027-03-06T09:00", "place", "Salle du conseil",
        "agenda", "Accueil\nAudition d'experts"));
    var refused = admin.submit(work + "/sessions", session);
    assertEquals(422, refused.status(), refused.body());
    assertTrue(refused.body().contains("value=\"Salle du conseil\""), refused.body());
    session.put("startsAt", "2027-03-06T09:00");
    session.put("endsAt", "2027-03-06T17:00");
    var page = step(admin, work + "/sessions", session);
    assertTrue(page.body().contains("Audition d&#39;experts") || page.body().contains("Audition d&#x27;experts"),
        page.body());
    Matcher upload = Pattern.compile("action=\"(" + Pattern.quote(work) + "/sessions/[0-9a-f-]{36}/documents)\"")
        .matcher(page.body());
    assertTrue(upload.find(), page.body());
    byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    var wrongType = admin.submitMultipart(upload.group(1), Map.of("csrf", csrf, "caption", "Faux"),
        new PortalBrowser.FilePart("file", "faux.pdf", "application/pdf",
            "pas un pdf".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertEquals(415, wrongType.status(), wrongType.body());
    assertTrue(wrongType.body().contains("role=\"alert\""), wrongType.body());
    page = admin.submitMultipart(upload.group(1), Map.of("csrf", csrf, "caption", "Programme <détaillé>"),
        new PortalBrowser.FilePart("file", "programme.pdf", "application/pdf", pdf));
    assertEquals(200, page.status(), page.body());
    assertTrue(page.body().contains("Programme &lt;détaillé&gt;</a> (PDF)"), page.body());

    // A seated member signs in as a verified resident and finds the session in their space.
    commune.verifiedCitizen(memberPerson);
    var account = TestIdentities.person("citoyen" + memberPerson + "-" + commune.tenant().slug());
    var member = new PortalBrowser(commune.tenant().host());
    String space = "/convention/space/" + id;
    var mine = member.signIn(account.username(), account.password(), space);
    assertEquals(200, mine.status(), mine.body());
    assertTrue(mine.body().contains("Première session") && mine.body().contains("Programme &lt;détaillé&gt;"),
        mine.body());
    assertEquals(403, admin.open(space).status());
    String memberCsrf = mine.csrf();
    mine = step(member, space + "/proposals", Map.of("csrf", memberCsrf,
        "title", "Isoler les écoles", "body", "Un plan sur cinq ans."));
    assertTrue(mine.body().contains("Proposition en cours de rédaction"), mine.body());
    step(member, space + "/proposals", Map.of("csrf", memberCsrf,
        "title", "Pistes cyclables", "body", "Relier les quartiers."));
    String isolate = proposalId(admin.open(work).body(), "Isoler les écoles");
    String cycle = proposalId(admin.open(work).body(), "Pistes cyclables");

    step(admin, work + "/proposals/" + isolate + "/opening",
        Map.of("csrf", csrf, "method", "APPROVAL", "threshold", "20"));
    step(admin, work + "/proposals/" + cycle + "/opening",
        Map.of("csrf", csrf, "method", "MAJORITY_JUDGMENT", "threshold", "50", "minimumGrade", "GOOD"));
    var empty = member.submit(space + "/proposals/" + cycle + "/vote", Map.of("csrf", memberCsrf));
    assertEquals(422, empty.status(), empty.body());
    step(member, space + "/proposals/" + isolate + "/vote", Map.of("csrf", memberCsrf, "approve", "yes"));
    mine = step(member, space + "/proposals/" + cycle + "/vote", Map.of("csrf", memberCsrf, "grade", "EXCELLENT"));
    assertTrue(mine.body().contains("id=\"approve-yes-" + isolate + "\" value=\"yes\" checked"), mine.body());
    assertTrue(mine.body().contains("id=\"grade-EXCELLENT-" + cycle + "\" value=\"EXCELLENT\" checked"), mine.body());

    step(admin, work + "/proposals/" + isolate + "/closing", Map.of("csrf", csrf));
    step(admin, work + "/proposals/" + cycle + "/closing", Map.of("csrf", csrf));
    page = step(admin, work + "/proposals/" + isolate + "/response", Map.of("csrf", csrf,
        "proposal", isolate, "response", "Le conseil municipal l'inscrit au budget 2028.",
        "followUp", "Premiers travaux à l'été."));
    // One approval of four seats meets 20 %; under majority judgment the three silent members
    // count as "reject", so the majority grade is "reject".
    assertTrue(page.body().contains("Adoptée par les membres (1 approbation(s) sur 4)"), page.body());
    String publicProposal = "/convention/" + id + "/proposals/" + isolate;
    var visitor = new PortalBrowser(commune.tenant().host());
    assertTrue(visitor.open("/convention/" + id).body().contains("href=\"" + publicProposal + "\""));
    var shown = visitor.open(publicProposal);
    assertEquals(200, shown.status(), shown.body());
    assertTrue(shown.body().contains("inscrit au budget 2028") && shown.body().contains("Premiers travaux"),
        shown.body());
    var judged = visitor.open("/convention/" + id + "/proposals/" + cycle).body();
    assertTrue(judged.contains("mention majoritaire « À rejeter » (4 membres)"), judged);

    // Ending the mandate: refused without the confirmation, then names and addresses are gone.
    assertEquals(422, admin.submit(work + "/end", Map.of("csrf", csrf)).status());
    var ended = step(admin, work + "/end", Map.of("csrf", csrf, "confirm", "on"));
    assertTrue(ended.body().contains("Mandat terminé"), ended.body());
    assertFalse(ended.body().contains("Test Habitant"), ended.body());
    for (var v : ok(commune.admin().get("/api/conventions/" + id + "/volunteers")).jsonArray()) {
      var volunteer = v.asJsonObject();
      for (String personal : List.of("name", "email")) {
        assertTrue(!volunteer.containsKey(personal) || volunteer.isNull(personal), volunteer::toString);
      }
    }
    assertEquals(403, member.open(space).status());
    assertTrue(visitor.open(publicProposal).body().contains("inscrit au budget 2028"));
  }

  private static String proposalId(String workPage, String title) {
    Matcher m = Pattern.compile(Pattern.quote(title) + "</h3>.*?/proposals/([0-9a-f-]{36})/",
        Pattern.DOTALL).matcher(workPage);
    assertTrue(m.find(), workPage);
    return m.group(1);
  }

  @Test
  void otherMembersCannotOpenTheConsole() {
    var commune = VerifiedCommune.enabling("convention-console-refus", "convention", "{}");
    var member = TestIdentities.person("habitant-" + commune.tenant().slug());
    var browser = new PortalBrowser(commune.tenant().host());
    var page = browser.signIn(member.username(), member.password(), "/convention/admin");
    assertEquals(403, page.status(), page.body());
    assertEquals(403, browser.open("/convention/admin/new").status());
    var anonymous = new PortalBrowser(commune.tenant().host()).open("/convention/admin");
    assertTrue(anonymous.url().contains("openid-connect") || anonymous.body().contains("kc-form-login"),
        anonymous.url());
  }

  private static void row(Map<String, String> form, int i, String category, String value,
      String min, String max) {
    form.put("category-" + i, category);
    form.put("value-" + i, value);
    form.put("min-" + i, min);
    form.put("max-" + i, max);
  }

  private static PortalBrowser.Page step(PortalBrowser browser, String path, Map<String, String> form) {
    var page = browser.submit(path, form);
    assertEquals(200, page.status(), page.body());
    assertFalse(page.body().contains("role=\"alert\""), page.body());
    return page;
  }

  private static void awaitComputation(PortalBrowser browser, String base) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
    while (Instant.now().isBefore(deadline)) {
      String body = browser.open(base).body();
      if (body.contains("Terminé : les panels peuvent être publiés.")) {
        return;
      }
      assertFalse(body.contains("Aucun panel ne respecte") || body.contains("a échoué"), body);
      Thread.sleep(500);
    }
    throw new AssertionError("The computation did not end in time");
  }

  private static Set<String> seated(String body) {
    Matcher list = SEATED.matcher(body);
    assertTrue(list.find(), body);
    Set<String> numbers = new TreeSet<>();
    Matcher n = NUMBER.matcher(list.group(1));
    while (n.find()) {
      numbers.add(n.group(1));
    }
    return numbers;
  }

  private static Set<String> seatedByApi(VerifiedCommune commune, String id) {
    Set<String> numbers = new TreeSet<>();
    for (var v : ok(commune.admin().get("/api/conventions/" + id + "/volunteers")).jsonArray()) {
      var volunteer = v.asJsonObject();
      if (volunteer.getString("status").equals("SEATED")) {
        numbers.add(Integer.toString(volunteer.getInt("number")));
      }
    }
    return numbers;
  }
}
