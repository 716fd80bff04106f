package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parvis.it.DevelopmentCouncilAdoptsAContributionPerCollegeIT.ok;

import jakarta.json.JsonString;
import java.time.Instant;
import java.time.LocalDate;
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
import org.parvis.it.DevelopmentCouncilAdoptsAContributionPerCollegeIT.Council;
import org.parvis.it.Keyboard.FocusStop;
import org.parvis.testsupport.IntegrationServices;
import org.parvis.testsupport.ParvisDeployment;
import org.parvis.testsupport.TestIdentities;

/**
 * A member of the bureau takes up a self-referral and records who is at a running meeting in the
 * members' space, in a real headless Chromium with the keyboard alone (Tab, Space, Enter; never a
 * click): every control on the way has an accessible name and a visible focus.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CouncilBureauWorksWithTheKeyboardOnlyIT {

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
  void theBureauTakesUpASelfReferralAndRecordsAttendanceWithTheKeyboardOnly() {
    var council = Council.setUp("conseil-clavier");
    var admin = council.commune().admin();
    String anna = council.appoint("anna", council.economy(), "DESIGNATED", "CCI", false);
    String denis = council.appoint("denis", council.citizens(), "VOLUNTEER", null, false);
    ok(admin.put("/api/council/members/" + denis + "/roles", "{\"roles\": [\"BUREAU\"]}"));
    String referral = ok(council.as("anna").post("/api/council/referrals/self", """
        {"title": "Tiers-lieux", "question": "Comment les soutenir ?", "deadline": "%s"}"""
        .formatted(LocalDate.now().plusDays(60)))).json().getString("id");
    Instant start = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
    String meeting = ok(admin.post("/api/council/meetings", """
        {"title": "Plénière de printemps", "startsAt": "%s", "endsAt": "%s", "place": "Salle du conseil",
         "agenda": "Auto-saisines", "capacity": 0}""".formatted(start, start.plus(2, ChronoUnit.HOURS))))
        .json().getString("id");
    ok(admin.post("/api/council/meetings/" + meeting + "/start", null));

    var account = TestIdentities.person("denis-" + council.slug());
    String origin = "http://" + council.commune().tenant().host() + ":" + PORT;
    try (var chromium = HeadlessChromium.start()) {
      var keys = new Keyboard(chromium.driver());
      chromium.driver().get(origin + "/council/members");
      keys.tabTo(s -> s.href().startsWith("/auth/login"), new ArrayList<>());
      keys.followWith(Keys.ENTER);
      keys.signInOnKeycloak(account.username(), account.password());
      keys.waitFor(d -> d.getCurrentUrl().equals(origin + "/council/members"), "back on the members page");

      FocusStop space = keys.tabTo(s -> s.href().equals("/council/space"), new ArrayList<>());
      space.assertUsable();
      keys.followWith(Keys.ENTER);
      List<FocusStop> toDecision = new ArrayList<>();
      keys.tabTo(s -> s.tag().equals("button") && s.name().equals("Retenir « Tiers-lieux »"),
          toDecision);
      toDecision.forEach(FocusStop::assertUsable);
      keys.followWith(Keys.ENTER);
      keys.waitFor(d -> d.getCurrentUrl().contains("saved=decided"), "decided");
      assertEquals("La décision du bureau est enregistrée.",
          chromium.driver().findElement(By.cssSelector("[role=status]")).getText());

      FocusStop plenary = keys.tabTo(s -> s.href().equals("/council/space/meetings/" + meeting), new ArrayList<>());
      assertEquals("Plénière de printemps", plenary.name());
      keys.followWith(Keys.ENTER);
      List<FocusStop> toSheet = new ArrayList<>();
      FocusStop present = keys.tabTo(s -> s.id().equals("present-" + anna), toSheet);
      toSheet.forEach(FocusStop::assertUsable);
      assertEquals("anna", present.name());
      keys.press(Keys.SPACE);
      FocusStop save = keys.tabTo(s -> s.tag().equals("button"), new ArrayList<>());
      assertEquals("Enregistrer les présences", save.name());
      save.assertUsable();
      keys.followWith(Keys.ENTER);
      keys.waitFor(d -> d.getCurrentUrl().contains("saved=attendance"), "attendance saved");
    }
    assertEquals("OPEN", ok(council.commune().tenant().http().get("/api/council/referrals/" + referral)).json()
        .getString("status"));
    assertEquals(List.of(anna), ok(council.commune().tenant().http().get("/api/council/meetings/" + meeting))
        .json().getJsonArray("present").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
  }
}
