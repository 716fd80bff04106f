package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parvis.it.VerifiedCommune.ok;

import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.parvis.it.Keyboard.FocusStop;
import org.parvis.testsupport.IntegrationServices;
import org.parvis.testsupport.ParvisDeployment;
import org.parvis.testsupport.TestIdentities;

/**
 * A verified resident asks an elected official a question, then supports another resident's question, in a real
 * headless Chromium with the keyboard alone (Tab, typing, arrow keys, Enter; never a click). Every control on the
 * way has an accessible name and a visible focus.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResidentAsksAndSupportsWithTheKeyboardOnlyIT {

  private static final int PORT = Integer.getInteger("parvis.it.http.port");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ParvisDeployment.builtWar();
  }

  @BeforeAll
  static void keycloakKnowsThePlatformHost() {
    IntegrationServices.keycloak().admin().allowPortalRedirect("http://localhost:" + PORT);
  }

  @Test
  void aResidentAsksAndSupportsWithTheKeyboardOnly() {
    var commune = ResidentsQuestionTheirElectedOfficialsIT.commune("interpellation-clavier");
    var moderator = commune.withRole("moderatrice", "MODERATOR");
    var staff = commune.withRole("secretariat", "STAFF");
    ResidentsQuestionTheirElectedOfficialsIT.official(staff, "Élisa Martin", "DEPUTY_MAYOR");
    String other = ResidentsQuestionTheirElectedOfficialsIT.publishedQuestion(commune, moderator,
        commune.verifiedCitizen(1), null, "Des fontaines à eau au jardin de ville", false);
    commune.verifiedCitizen(6);
    var account = TestIdentities.person("citoyen6-" + commune.tenant().slug());
    String origin = "http://" + commune.tenant().host() + ":" + PORT;

    try (var chromium = HeadlessChromium.start()) {
      var keys = new Keyboard(chromium.driver());
      chromium.driver().get(origin + "/questions/ask");
      keys.tabTo(s -> s.href().startsWith("/auth/login"), new ArrayList<>()).assertUsable();
      keys.followWith(Keys.ENTER);
      keys.signInOnKeycloak(account.username(), account.password());
      keys.waitFor(d -> d.getCurrentUrl().equals(origin + "/questions/ask"), "back on the form after signing in");

      List<FocusStop> form = new ArrayList<>();
      FocusStop addressee = keys.tabTo(s -> s.id().equals("official"), form);
      assertEquals("Destinataire", addressee.name());
      keys.press(Keys.ARROW_DOWN);
      FocusStop title = keys.tab();
      assertEquals("title", title.id());
      keys.press("Le tram de nuit le samedi");
      FocusStop text = keys.tab();
      assertEquals("text", text.id());
      keys.press("Le dernier tram part à 1 h : pourrait-il circuler plus tard le samedi ?");
      FocusStop keepInformed = keys.tab();
      assertEquals("keepInformed", keepInformed.id());
      keys.press(Keys.SPACE);
      keys.tabTo(s -> s.tag().equals("button") && s.name().equals("Envoyer ma question"), form);
      form.forEach(FocusStop::assertUsable);
      keys.followWith(Keys.ENTER);
      String main = chromium.driver().findElement(By.tagName("main")).getText();
      assertTrue(main.contains("Votre question attend la modération") && main.contains("Élisa Martin"), main);

      chromium.driver().get(origin + "/questions/" + other);
      List<FocusStop> support = new ArrayList<>();
      keys.tabTo(s -> s.id().equals("keepInformed"), support);
      keys.tabTo(s -> s.tag().equals("button") && s.name().equals("Soutenir la question"), support);
      support.forEach(FocusStop::assertUsable);
      keys.followWith(Keys.ENTER);
      assertTrue(chromium.driver().findElement(By.cssSelector("[role=status]")).getText()
          .contains("Vous soutenez cette question."));
    }
    var pending = ok(moderator.get(ResidentsQuestionTheirElectedOfficialsIT.QUESTIONS + "/moderation")).jsonArray();
    assertEquals(1, pending.size());
    assertEquals("Le tram de nuit le samedi", pending.getJsonObject(0).getString("title"));
    assertEquals(1, ResidentsQuestionTheirElectedOfficialsIT.supportsOf(commune, other));
  }
}
