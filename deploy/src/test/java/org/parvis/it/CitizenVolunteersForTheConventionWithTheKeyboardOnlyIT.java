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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.parvis.it.Keyboard.FocusStop;
import org.parvis.testsupport.ParvisDeployment;

/**
 * Someone volunteers for a citizens' convention from its public page with the keyboard alone, in
 * a real headless Chromium (Tab, typing, arrows, Space, Enter; never a click): from the page's
 * link to the form, names, birth date, address, one answer per quota question, the consent and
 * the submit button. Every control on the way has an accessible name and a visible focus, and the
 * volunteer ends up in the pool with the answers chosen.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CitizenVolunteersForTheConventionWithTheKeyboardOnlyIT {

  private static final int PORT = Integer.getInteger("parvis.it.http.port");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ParvisDeployment.builtWar();
  }

  @Test
  void aResidentVolunteersWithTheKeyboardOnly() {
    var convention = ConventionCommune.recruiting("convention-clavier", ConventionCommune.QUOTAS, 4);
    String origin = "http://" + convention.commune().tenant().host() + ":" + PORT;

    try (var chromium = HeadlessChromium.start()) {
      var driver = chromium.driver();
      var keys = new Keyboard(driver);
      driver.get(origin + "/convention/" + convention.id());

      List<FocusStop> visited = new ArrayList<>();
      FocusStop link = keys.tabTo(s -> s.href().endsWith("/volunteer"), visited);
      assertEquals("Se porter volontaire pour le tirage", link.name());
      visited.forEach(FocusStop::assertUsable);
      keys.followWith(Keys.ENTER);
      keys.waitFor(d -> d.getCurrentUrl().endsWith("/volunteer"), "on the volunteer form");

      List<FocusStop> form = new ArrayList<>();
      form.add(keys.tabTo(s -> s.id().equals("lastName"), form));
      keys.press("Dupont-Clavier");
      form.add(keys.tab());
      assertEquals("firstNames", keys.focused().id());
      keys.press("Léa");
      form.add(keys.tab());
      assertEquals("birthDate", keys.focused().id());
      typeDate(keys, (JavascriptExecutor) driver, "05", "01", "1980");
      form.add(keys.tabTo(s -> s.id().equals("email"), form));
      keys.press("lea.clavier@example.org");

      // gender: the first answer gets the focus, the arrow chooses "male"; age: "old".
      FocusStop gender = keys.tab();
      form.add(gender);
      assertEquals("q0-0", gender.id(), "Tab enters the first question: " + gender);
      keys.press(Keys.ARROW_DOWN);
      assertEquals("q0-1", keys.focused().id());
      FocusStop age = keys.tab();
      form.add(age);
      assertEquals("q1-0", age.id(), "the next Tab goes to the next question: " + age);
      keys.press(Keys.ARROW_DOWN);
      assertEquals("q1-1", keys.focused().id());
      FocusStop code = keys.tab();
      form.add(code);
      assertEquals("invitationCode", code.id());
      FocusStop consent = keys.tab();
      form.add(consent);
      assertEquals("consent", consent.id());
      keys.press(Keys.SPACE);
      form.add(keys.tab());
      assertEquals("publishName", keys.focused().id());
      FocusStop submit = keys.tab();
      form.add(submit);
      assertEquals("Rejoindre le vivier", submit.name());
      form.forEach(FocusStop::assertUsable);
      assertTrue(driver.findElement(By.id("q0-1")).isSelected() && driver.findElement(By.id("consent")).isSelected(),
          "the arrows and Space chose the answers");

      keys.followWith(Keys.ENTER);
      String status = driver.findElement(By.cssSelector("[role=status]")).getText();
      assertTrue(status.startsWith("Votre numéro dans le vivier"), status);
    }

    var volunteers = ok(convention.commune().admin().get(convention.path("/volunteers"))).jsonArray();
    assertEquals(1, volunteers.size(), volunteers::toString);
    var joined = volunteers.getJsonObject(0);
    assertEquals("Léa Dupont-Clavier", joined.getString("name"), joined::toString);
    assertEquals("lea.clavier@example.org", joined.getString("email"), joined::toString);
    assertEquals("male", joined.getJsonObject("answers").getString("gender"), joined::toString);
    assertEquals("old", joined.getJsonObject("answers").getString("age"), joined::toString);
  }

  /**
   * Types a date into the focused date field, part by part in the order the browser's locale
   * shows them (Chromium moves to the next part once one is complete).
   */
  private static void typeDate(Keyboard keys, JavascriptExecutor js, String day, String month,
      String year) {
    @SuppressWarnings("unchecked")
    List<String> order = (List<String>) js.executeScript("""
        return new Intl.DateTimeFormat(navigator.language).formatToParts(new Date(1980, 0, 5))
            .filter(p => p.type !== 'literal').map(p => p.type);""");
    for (String part : order) {
      keys.press(switch (part) {
        case "day" -> day;
        case "month" -> month;
        default -> year;
      });
    }
  }
}
