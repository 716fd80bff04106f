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
 * A verified resident registers for a worksite shift with a companion, then cancels, in a real
 * headless Chromium with the keyboard alone (Tab, typing, Enter; never a click) and without any
 * script of the page: every control on the way has an accessible name and a visible focus.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VolunteerRegistersWithTheKeyboardOnlyIT {

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
  void aResidentRegistersWithACompanionAndCancelsWithTheKeyboardOnly() {
    var commune = VolunteersRegisterForAWorksiteIT.commune("chantier-clavier");
    var staff = commune.withRole("agent", "STAFF");
    String worksite = VolunteersRegisterForAWorksiteIT.acceptedWorksite(commune, staff, 1);
    Instant start = Instant.now().plus(4, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    String shift = VolunteersRegisterForAWorksiteIT.shift(staff, worksite, start,
        start.plus(3, ChronoUnit.HOURS), 6);
    var api = commune.verifiedCitizen(5);
    var account = TestIdentities.person("citoyen5-" + commune.tenant().slug());
    String origin = "http://" + commune.tenant().host() + ":" + PORT;
    String mine = VolunteersRegisterForAWorksiteIT.SHIFTS + "/registrations/mine";

    try (var chromium = HeadlessChromium.start()) {
      var keys = new Keyboard(chromium.driver());
      chromium.driver().get(origin + "/worksites/" + worksite);

      List<FocusStop> header = new ArrayList<>();
      FocusStop signIn = keys.tabTo(s -> s.href().startsWith("/auth/login"), header);
      header.forEach(FocusStop::assertUsable);
      assertEquals("Se connecter", signIn.name());
      keys.followWith(Keys.ENTER);
      keys.signInOnKeycloak(account.username(), account.password());
      keys.waitFor(d -> d.getCurrentUrl().equals(origin + "/worksites/" + worksite),
          "back on the worksite page after signing in");

      List<FocusStop> toForm = new ArrayList<>();
      FocusStop companions = keys.tabTo(s -> s.id().equals("companions-" + shift), toForm);
      toForm.forEach(FocusStop::assertUsable);
      assertEquals("Accompagnants (en plus de vous)", companions.name());
      keys.press(Keys.BACK_SPACE);
      keys.press("1");
      FocusStop register = keys.tab();
      assertEquals("button", register.tag());
      assertEquals("M'inscrire à ce créneau", register.name());
      register.assertUsable();
      keys.followWith(Keys.ENTER);
      keys.waitFor(d -> d.getCurrentUrl().contains("registered=1"), "registered");
      assertTrue(chromium.driver().findElement(By.cssSelector("[role=status]")).getText()
          .startsWith("C'est noté"));

      var registration = ok(api.get(mine)).jsonArray().getJsonObject(0);
      assertEquals("CONFIRMED", registration.getString("status"));
      assertEquals(2, registration.getInt("places"), "the resident and the companion typed in");

      FocusStop myRegistrations = keys.tabTo(s -> s.href().equals("/worksites/mine"), new ArrayList<>());
      myRegistrations.assertUsable();
      keys.followWith(Keys.ENTER);
      FocusStop cancel = keys.tabTo(s -> s.tag().equals("button")
          && s.name().startsWith("Annuler mon inscription"), new ArrayList<>());
      cancel.assertUsable();
      keys.followWith(Keys.ENTER);
      keys.waitFor(d -> d.getCurrentUrl().contains("cancelled=1"), "cancelled");
      assertEquals("Votre inscription est annulée.",
          chromium.driver().findElement(By.cssSelector("[role=status]")).getText());
    }
    assertEquals(0, ok(api.get(mine)).jsonArray().size());
    assertFalse(new Inbox("citoyen5-" + commune.tenant().slug() + "@example.org")
        .awaitSubject("Inscription annulée").calendar().isEmpty(), "the CANCEL invitation");
  }
}
