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
 * A verified resident reports a need from the portal in a real headless Chromium with the keyboard
 * alone (Tab, typing, Enter; never a click) and without a map: the place in words is enough when
 * the commune's centre is configured, and the report is then marked approximate. Every control on
 * the way has an accessible name and a visible focus.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResidentReportsANeedWithTheKeyboardOnlyIT {

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
  void aResidentReportsANeedByItsAddressWithTheKeyboardOnly() {
    var commune = VerifiedCommune.enabling("chantier-signal", "worksites",
        "{\"areaCentre\": \"45.1885, 5.7245\"}");
    commune.verifiedCitizen(6);
    var account = TestIdentities.person("citoyen6-" + commune.tenant().slug());
    String origin = "http://" + commune.tenant().host() + ":" + PORT;

    try (var chromium = HeadlessChromium.start()) {
      var keys = new Keyboard(chromium.driver());
      chromium.driver().get(origin + "/worksites/report");
      keys.tabTo(s -> s.href().startsWith("/auth/login"), new ArrayList<>()).assertUsable();
      keys.followWith(Keys.ENTER);
      keys.signInOnKeycloak(account.username(), account.password());
      keys.waitFor(d -> d.getCurrentUrl().equals(origin + "/worksites/report"),
          "back on the report form after signing in");

      List<FocusStop> form = new ArrayList<>();
      FocusStop title = keys.tabTo(s -> s.id().equals("title"), form);
      assertEquals("Titre", title.name());
      keys.press("Banc cassé");
      FocusStop description = keys.tab();
      assertEquals("description", description.id());
      keys.press("Le banc penche dangereusement.");
      FocusStop place = keys.tab();
      assertEquals("place", place.id());
      assertTrue(place.name().startsWith("Adresse ou repère"), place.name());
      keys.press("Square des Tilleuls, près du kiosque");
      FocusStop send = keys.tabTo(s -> s.tag().equals("button")
          && s.name().equals("Envoyer le signalement"), form);
      form.forEach(FocusStop::assertUsable);
      keys.followWith(Keys.ENTER);
      keys.waitFor(d -> d.getCurrentUrl().contains("reported=1"), "reported");
      assertTrue(chromium.driver().findElement(By.cssSelector("[role=status]")).getText()
          .startsWith("Merci"));
      assertTrue(chromium.driver().findElement(By.tagName("main")).getText()
          .contains("Point approximatif"), "no point was given, so the page says it is approximate");
    }
    var reports = ok(commune.tenant().http().get(VolunteersRegisterForAWorksiteIT.REPORTS)).jsonArray();
    assertEquals(1, reports.size());
    var report = reports.getJsonObject(0);
    assertEquals("Banc cassé", report.getString("title"));
    assertEquals("Square des Tilleuls, près du kiosque", report.getString("place"));
    assertTrue(report.getBoolean("approximate"));
    assertEquals(45.1885, report.getJsonNumber("latitude").doubleValue(), 1e-9);
  }
}
