package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parvis.it.VerifiedCommune.ok;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
 * A verified resident answers a consultation in a real headless Chromium with the keyboard alone: Tab to move,
 * arrow keys to choose, typing to write, Enter to follow links and submit. "Continue" keeps a draft and shows the
 * question that depends on the answer given, without any script; every control on the way says what it is and shows
 * that it has the focus.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResidentAnswersAConsultationWithTheKeyboardOnlyIT {

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
  void aResidentAnswersWithTheKeyboardOnlyAndSeesTheConditionalQuestionAfterContinue() {
    var commune = ResidentsAnswerAConsultationIT.commune("consultation-clavier");
    String questionnaire = "{\"sections\": [{\"title\": \"Vos usages\", \"intro\": \"\", \"questions\": ["
        + ResidentsAnswerAConsultationIT.question("q1", "SINGLE_CHOICE", true, 0, 0, "[\"À pied\", \"À vélo\"]", "[]",
            null) + ","
        + ResidentsAnswerAConsultationIT.question("q2", "SHORT_TEXT", true, 0, 0, "[]", "[]",
            "{\"question\": \"q1\", \"option\": \"o2\"}") + "]}]}";
    String id = ok(commune.admin().post("/api/consultations", "{\"title\": \"La place Saint-Bruno\","
        + " \"presentation\": \"La place sera refaite.\", \"opensAt\": \"" + Instant.now().minus(1, ChronoUnit.MINUTES)
        + "\", \"closesAt\": \"" + Instant.now().plus(5, ChronoUnit.DAYS) + "\", \"audience\": \"VERIFIED_RESIDENTS\","
        + " \"anonymous\": false, \"questionnaire\": " + questionnaire + "}")).json().getString("id");
    var account = TestIdentities.person("citoyen9-" + commune.tenant().slug());
    var api = commune.tenant().http().as(account.token());
    ok(api.post("/api/me/verification/census", VerifiedCommune.identityJson(9)));
    String origin = "http://" + commune.tenant().host() + ":" + PORT;

    try (var chromium = HeadlessChromium.start()) {
      var keys = new Keyboard(chromium.driver());
      chromium.driver().get(origin + "/consultations/" + id);
      List<FocusStop> visited = new ArrayList<>();
      keys.tabTo(s -> s.href().startsWith("/auth/login"), visited);
      keys.followWith(Keys.ENTER);
      keys.signInOnKeycloak(account.username(), account.password());
      keys.waitFor(d -> d.getCurrentUrl().equals(origin + "/consultations/" + id),
          "back on the consultation after signing in");

      FocusStop answer = keys.tabTo(s -> s.href().endsWith("/consultations/" + id + "/answer"), visited);
      assertEquals("Répondre au questionnaire", answer.name());
      keys.followWith(Keys.ENTER);
      assertTrue(chromium.driver().findElements(By.id("q-q2")).isEmpty(), "the conditional question waits");

      FocusStop onFoot = keys.tabTo(s -> s.id().equals("q-q1-o1"), visited);
      assertEquals("À pied", onFoot.name());
      keys.press(Keys.ARROW_DOWN);
      assertEquals("q-q1-o2", keys.focused().id(), "the arrow moves to the next choice and chooses it");
      FocusStop next = keys.tabTo(s -> s.tag().equals("button"), visited);
      assertEquals("Continuer", next.name());
      keys.followWith(Keys.ENTER);

      FocusStop why = keys.tabTo(s -> s.id().equals("q-q2"), visited);
      assertEquals("Question q2", why.name());
      assertTrue(chromium.driver().findElement(By.id("q-q1-o2")).isSelected(), "the draft kept the choice");
      keys.press("Des arceaux à vélo");
      FocusStop send = keys.tabTo(s -> s.name().equals("Envoyer mes réponses"), visited);
      keys.followWith(Keys.ENTER);
      keys.waitFor(d -> d.getCurrentUrl().endsWith("/consultations/" + id + "/saved"), "the answers are sent");
      assertTrue(chromium.driver().findElement(By.cssSelector("[role=status]")).getText()
          .contains("sont enregistrées"));
      visited.add(send);
      visited.stream().filter(s -> !s.tag().equals("body")).forEach(FocusStop::assertUsable);
    }

    var mine = ok(api.get("/api/consultations/" + id + "/answers/mine")).json();
    assertTrue(mine.getBoolean("submitted"), mine::toString);
    assertEquals("o2", mine.getJsonObject("answers").getJsonArray("q1").getString(0));
    assertEquals("Des arceaux à vélo", mine.getJsonObject("answers").getString("q2"));
    assertFalse(mine.getJsonObject("answers").containsKey("q3"));
  }
}
