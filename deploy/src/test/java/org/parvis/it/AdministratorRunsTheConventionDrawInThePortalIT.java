package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parvis.it.VerifiedCommune.ok;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
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
    for (int i = 1; i <= 10; i++) {
      ok(anonymous.post("/api/conventions/" + id + "/volunteers", """
          {"lastName": "%s", "firstNames": "Test", "birthDate": "%s",
           "answers": {"gender": "%s", "age": "%s"}, "consent": true, "publishName": true}"""
          .formatted(VerifiedCommune.lastName(i), VerifiedCommune.birthDate(i),
              ConventionCommune.gender(i), ConventionCommune.age(i))));
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
