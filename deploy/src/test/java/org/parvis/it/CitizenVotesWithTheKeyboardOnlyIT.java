package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parvis.it.BudgetCommune.envelopeId;
import static org.parvis.it.BudgetCommune.idea;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.parvis.it.Keyboard.FocusStop;
import org.parvis.testsupport.IntegrationServices;
import org.parvis.testsupport.ParvisDeployment;
import org.parvis.testsupport.TestIdentities;

/**
 * A verified resident votes in a real headless Chromium with the keyboard alone: Tab to move,
 * Enter to follow links and submit, Space to tick, typing to sign in on Keycloak's own page. No
 * element is ever clicked. Along the way every control that takes the focus must say what it is
 * (an accessible name) and show that it has the focus; a ballot over the limit is refused with an
 * alert that takes the focus, and nothing is stored until the resident fixes it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CitizenVotesWithTheKeyboardOnlyIT {

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
  void aResidentSignsInChoosesProjectsAndVotesWithTheKeyboardOnly() {
    var commune = BudgetCommune.create("budget-clavier", "LEROY");
    var edition = commune.edition("equal-shares",
        "{\"kind\": \"APPROVAL\", \"maxChoices\": 2, \"minChoices\": 1}",
        "[{\"name\": \"Toute la ville\", \"amount\": 100000, \"district\": false}]");
    String id = edition.getString("id");
    String city = envelopeId(edition, 0);
    var author = commune.account("autrice");
    String garden = idea(author, id, city, "Jardin partagé", 40000);
    String benches = idea(author, id, city, "Bancs publics", 10000);
    String skatepark = idea(author, id, city, "Skatepark", 30000);
    commune.moveTo(id, 1, "FEASIBILITY_REVIEW");
    commune.feasible(garden, 40000);
    commune.feasible(benches, 10000);
    commune.feasible(skatepark, 30000);
    commune.moveTo(id, 2, "VOTE");
    var account = TestIdentities.person("leroy-" + commune.tenant().slug());
    var api = BudgetCommune.verify(commune.tenant().http().as(account.token()), "LEROY");
    String mine = "/api/budget/editions/" + id + "/ballots/mine";
    String origin = "http://" + commune.tenant().host() + ":" + PORT;

    try (var chromium = HeadlessChromium.start()) {
      var keys = new Keyboard(chromium.driver());
      chromium.driver().get(origin + "/budget/" + id);

      // The edition page: the skip link comes first, then the header, then "Se connecter".
      List<FocusStop> header = new ArrayList<>();
      FocusStop signIn = keys.tabTo(s -> s.href().startsWith("/auth/login"), header);
      assertEquals("#main", header.get(0).href(), "the first Tab reaches the skip link: " + header);
      assertEquals("Aller au contenu", header.get(0).name());
      assertEquals("Se connecter", signIn.name());
      header.forEach(FocusStop::assertUsable);

      keys.followWith(Keys.ENTER);
      keys.signInOnKeycloak(account.username(), account.password());
      keys.waitFor(d -> d.getCurrentUrl().equals(origin + "/budget/" + id),
          "back on the edition page after signing in");
      assertFalse(chromium.driver().findElements(By.cssSelector("form[action='/auth/logout']"))
          .isEmpty(), "signed in");

      List<FocusStop> toBallot = new ArrayList<>();
      FocusStop vote = keys.tabTo(s -> s.href().contains("/ballot?envelope=" + city), toBallot);
      assertEquals("Voter — Toute la ville", vote.name());
      toBallot.forEach(FocusStop::assertUsable);
      keys.followWith(Keys.ENTER);
      keys.waitFor(d -> d.getCurrentUrl().contains("/budget/" + id + "/ballot?envelope="),
          "on the ballot form");

      // Skip the header, then the ballot in its own order: three projects, then the button.
      assertEquals("#main", keys.tab().href());
      keys.press(Keys.ENTER);
      List<FocusStop> ballot = List.of(keys.tab(), keys.tab(), keys.tab(), keys.tab());
      assertEquals(List.of("project-" + garden, "project-" + benches, "project-" + skatepark),
          ballot.subList(0, 3).stream().map(FocusStop::id).toList(),
          "after the skip link, Tab goes through the projects in the ballot's order: " + ballot);
      assertTrue(ballot.get(0).name().startsWith("Jardin partagé"), ballot.get(0)::toString);
      assertTrue(ballot.get(0).name().contains("40"), "the label tells the cost: " + ballot.get(0));
      assertEquals("button", ballot.get(3).tag(), ballot::toString);
      assertEquals("Enregistrer mon bulletin", ballot.get(3).name());
      ballot.forEach(FocusStop::assertUsable);

      // Over the limit: all three ticked with Space, submitted with Enter from the button.
      keys.tabBack(3);
      assertEquals("project-" + garden, keys.focused().id());
      keys.press(Keys.SPACE);
      keys.tab();
      keys.press(Keys.SPACE);
      keys.tab();
      keys.press(Keys.SPACE);
      assertEquals("button", keys.tab().tag());
      assertEquals("80000", chromium.driver().findElement(By.id("ballot-total")).getText(),
          "the live total follows the ticks");
      keys.followWith(Keys.ENTER);
      WebElement alert = keys.waitFor(d -> d.findElements(By.id("ballot-error")).stream()
          .findFirst().orElse(null), "the refusal is shown");
      assertEquals("alert", alert.getAriaRole(), "announced as soon as it appears");
      assertTrue(alert.getText().startsWith("Votre bulletin n'a pas été enregistré"),
          alert::getText);
      FocusStop onArrival = keys.focused();
      assertEquals("ballot-error", onArrival.id(),
          "the refusal takes the focus, so a keyboard user starts from it: " + onArrival);
      assertTrue(onArrival.outlined(), "and shows it: " + onArrival);
      assertTrue(chromium.driver().findElement(By.tagName("fieldset"))
          .getDomAttribute("aria-describedby").contains("ballot-error"),
          "the refusal describes the ballot, so it is read again on entering it");
      assertEquals(0, api.get(mine).jsonArray().size(), "nothing stored");
      for (String project : List.of(garden, benches, skatepark)) {
        assertTrue(chromium.driver().findElement(By.id("project-" + project)).isSelected(),
            "the refused choice is kept to be corrected");
      }

      // From the refusal, Tab leads into the ballot: untick the garden, keep the two others.
      FocusStop first = keys.tab();
      assertEquals("project-" + garden, first.id(), "the next Tab after the refusal: " + first);
      first.assertUsable();
      keys.press(Keys.SPACE);
      keys.tab();
      keys.tab();
      FocusStop submit = keys.tab();
      assertEquals("Enregistrer mon bulletin", submit.name());
      keys.followWith(Keys.ENTER);
      keys.waitFor(d -> d.getCurrentUrl().contains("saved=true"), "the ballot is saved");
      assertEquals("Votre bulletin est enregistré.",
          chromium.driver().findElement(By.cssSelector("[role=status]")).getText());
      assertEquals("40000", chromium.driver().findElement(By.id("ballot-total")).getText());
    }

    var ballots = api.get(mine).jsonArray();
    assertEquals(1, ballots.size(), ballots::toString);
    assertEquals(city, ballots.getJsonObject(0).getString("envelope"), ballots::toString);
    assertEquals(Set.of(benches, skatepark),
        ballots.getJsonObject(0).getJsonObject("points").keySet(),
        "exactly the projects ticked with the keyboard");
  }

  /** A control that takes the keyboard focus says what it is and shows that it is focused. */
}
