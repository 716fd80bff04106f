package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parvis.it.VerifiedCommune.ok;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.parvis.testsupport.IntegrationServices;
import org.parvis.testsupport.ParvisDeployment;
import org.parvis.testsupport.PortalBrowser;
import org.parvis.testsupport.TenantHttp;
import org.parvis.testsupport.TestIdentities;

/**
 * An administrator makes a colleague {@code staff} from the pages alone, in a real headless Chromium: they search
 * the colleague by part of their name with the person picker (no script), are refused a forged account id (the
 * message on the page, nothing stored, as the API shows), grant the role, and the colleague opens the worksites'
 * staff page they were refused before; the administrator then revokes the role after a confirmation page, cannot
 * revoke their own last administrator role, and a resident is refused the members page (403). The members page,
 * with a search's results shown, passes the accessibility crawl's checks at 1280 and 390 px (the crawl itself
 * visits public pages only, anonymously).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdministratorGrantsRolesInThePortalIT {

  private static final int PORT = Integer.getInteger("parvis.it.http.port");
  private static final List<Dimension> SCREENS = List.of(new Dimension(1280, 900), new Dimension(390, 844));

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ParvisDeployment.builtWar();
  }

  @BeforeAll
  static void keycloakKnowsThePlatformHost() {
    IntegrationServices.keycloak().admin().allowPortalRedirect("http://localhost:" + PORT);
  }

  @Test
  void anAdministratorMakesAColleagueStaffThroughThePersonPickerAndRevokesIt() throws IOException {
    var commune = VerifiedCommune.enabling("roles", "worksites", "{}");
    var tenant = commune.tenant();
    var admin = TestIdentities.person("admin-" + tenant.slug());
    var colleague = TestIdentities.person("dominique-" + tenant.slug());
    var resident = TestIdentities.person("habitant-" + tenant.slug());
    TenantHttp adminApi = tenant.http().as(admin.token());
    String origin = "http://" + tenant.host() + ":" + PORT;

    var colleagueBrowser = new PortalBrowser(tenant.host());
    assertEquals(403, colleagueBrowser.signIn(colleague.username(), colleague.password(), "/worksites/staff")
        .status(), "not staff yet");

    try (var chromium = HeadlessChromium.start()) {
      ChromeDriver driver = chromium.driver();
      var keys = new Keyboard(driver);
      driver.get(origin + "/admin");
      keys.signInOnKeycloak(admin.username(), admin.password());
      keys.waitFor(d -> d.getCurrentUrl().equals(origin + "/admin"), "back on the administration home");
      driver.findElement(By.cssSelector("a[href='/admin/members']")).click();
      keys.waitFor(d -> d.getCurrentUrl().equals(origin + "/admin/members"), "the members page");
      assertTrue(main(driver).contains("admin-" + tenant.slug()), "the administrator is listed by name");

      String part = ("Dominique-" + tenant.slug()).substring(0, 20);
      driver.findElement(By.id("person")).sendKeys(part);
      submit(driver, keys, By.cssSelector("button[name='person-search']"));
      List<WebElement> found = driver.findElements(By.cssSelector("input[type=radio][name=person]"));
      assertEquals(1, found.size(), main(driver));
      assertEquals(colleague.subject(), found.get(0).getDomProperty("value"));
      assertTrue(main(driver).contains("dominique-" + tenant.slug() + " Test"), "named: " + main(driver));
      audit(driver, "the members page with a search's results");

      String forged = UUID.randomUUID().toString();
      ((JavascriptExecutor) driver).executeScript(
          "document.querySelector('input[name=person]').value = arguments[0];", forged);
      driver.findElement(By.id("role-staff")).click();
      submit(driver, keys, By.xpath("//button[normalize-space()='Donner le rôle']"));
      assertTrue(main(driver).contains("Cette personne n'a pas de compte"), main(driver));
      assertEquals(Map.of("admin-" + tenant.slug(), List.of("admin", "citizen")), roles(adminApi, admin, colleague),
          "nothing stored for a forged account id");
      var forgedThroughTheApi = adminApi.put("/api/admin/members/" + forged, "{\"roles\": [\"STAFF\"]}");
      assertEquals(422, forgedThroughTheApi.status(), forgedThroughTheApi.toString());
      assertTrue(forgedThroughTheApi.body().contains("unknown-person"), forgedThroughTheApi.toString());
      assertFalse(ok(adminApi.get("/api/admin/members")).body().contains(forged), "the API makes no ghost member");

      driver.findElement(By.cssSelector("input[type=radio][name=person]")).click();
      driver.findElement(By.id("role-staff")).click();
      submit(driver, keys, By.xpath("//button[normalize-space()='Donner le rôle']"));
      assertTrue(driver.getCurrentUrl().endsWith("/admin/members?done=granted"), driver.getCurrentUrl());
      assertTrue(main(driver).contains("Le rôle a été donné."), main(driver));
      assertEquals(List.of("citizen", "staff"), roles(adminApi, admin, colleague).get("dominique"));
      assertEquals(200, colleagueBrowser.open("/worksites/staff").status(), "staff now");

      driver.findElement(By.cssSelector("a[href='/admin/members/revocation?subject=" + colleague.subject()
          + "&role=staff']")).click();
      keys.waitFor(d -> d.getCurrentUrl().contains("/admin/members/revocation"), "the confirmation page");
      assertTrue(main(driver).contains("Retirer le rôle « Agent de la collectivité » à dominique-"), main(driver));
      submit(driver, keys, By.xpath("//button[starts-with(normalize-space(), 'Retirer le rôle')]"));
      assertTrue(main(driver).contains("Le rôle a été retiré."), main(driver));
      assertEquals(List.of("citizen"), roles(adminApi, admin, colleague).get("dominique"));
      assertEquals(403, colleagueBrowser.open("/worksites/staff").status(), "no longer staff");

      assertTrue(main(driver).contains("dernier administrateur"), main(driver));
      driver.get(origin + "/admin/members/revocation?subject=" + admin.subject() + "&role=admin");
      submit(driver, keys, By.xpath("//button[starts-with(normalize-space(), 'Retirer le rôle')]"));
      assertTrue(main(driver).contains("Vous êtes le dernier administrateur"), main(driver));
      assertEquals(List.of("admin", "citizen"), roles(adminApi, admin, colleague).get("admin-" + tenant.slug()));
    }

    var residentPage = new PortalBrowser(tenant.host()).signIn(resident.username(), resident.password(),
        "/admin/members");
    assertEquals(403, residentPage.status());
    assertTrue(residentPage.body().contains("pas le droit de faire cela ici")
        && !residentPage.body().contains("requires one of the roles"), "refused in French: " + residentPage.body());
  }

  private static String main(ChromeDriver driver) {
    return driver.findElement(By.tagName("main")).getText();
  }

  private static void submit(ChromeDriver driver, Keyboard keys, By button) {
    WebElement page = driver.findElement(By.tagName("html"));
    driver.findElement(button).click();
    keys.waitFor(d -> {
      try {
        page.isEnabled();
        return false;
      } catch (org.openqa.selenium.WebDriverException gone) {
        return true;
      }
    }, "the next page after " + button);
    keys.waitFor(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")),
        "the next page loaded");
  }

  /** Roles by person as the API lists them: the administrator by username, the colleague as "dominique". */
  private static Map<String, List<String>> roles(TenantHttp adminApi, TestIdentities.Account admin,
      TestIdentities.Account colleague) {
    Map<String, List<String>> roles = new LinkedHashMap<>();
    for (var value : ok(adminApi.get("/api/admin/members")).jsonArray()) {
      JsonObject member = value.asJsonObject();
      String subject = member.getString("subject");
      String who = subject.equals(admin.subject()) ? admin.username()
          : subject.equals(colleague.subject()) ? "dominique" : subject;
      roles.put(who, member.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class).stream()
          .map(jakarta.json.JsonString::getString).toList());
    }
    return roles;
  }

  /** The accessibility crawl's checks on the page shown, on a desktop and a phone, with a screenshot of each. */
  private static void audit(ChromeDriver driver, String what) throws IOException {
    List<String> problems = new ArrayList<>();
    for (Dimension screen : SCREENS) {
      driver.manage().window().setSize(screen);
      @SuppressWarnings("unchecked")
      List<Object> found = (List<Object>) ((JavascriptExecutor) driver).executeScript(PublicPagesAreAccessibleIT.AUDIT);
      found.forEach(p -> problems.add(screen.getWidth() + " px: " + p));
      Path shot = Path.of("target", "screenshots", "admin-members-" + screen.getWidth() + ".png");
      Files.createDirectories(shot.getParent());
      Files.write(shot, driver.getScreenshotAs(OutputType.BYTES));
    }
    driver.manage().window().setSize(SCREENS.get(0));
    assertEquals(List.of(), problems, what);
  }
}
