package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parvis.it.BudgetCommune.envelopeId;
import static org.parvis.it.BudgetCommune.idea;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
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
 * An idea's author adds a photo in a real headless Chromium with the keyboard: Tab reaches the
 * file input, the alternative text and the button, each named by its label and visibly focused.
 * Choosing the file is the browser's own dialog, which WebDriver fills by the input's path.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorAddsAPhotoWithTheKeyboardOnlyIT {

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
  void theAuthorChoosesAFileDescribesItAndSendsItWithTheKeyboard() throws Exception {
    var commune = BudgetCommune.create("photo-clavier", "MARTIN");
    var edition = commune.edition("greedy", "{\"kind\": \"APPROVAL\", \"maxChoices\": 1}",
        "[{\"name\": \"Toute la ville\", \"amount\": 100000, \"district\": false}]");
    String id = edition.getString("id");
    var account = TestIdentities.person("autrice-" + commune.tenant().slug());
    String fountain = idea(commune.tenant().http().as(account.token()), id,
        envelopeId(edition, 0), "Fontaine", 8000);
    String page = "http://" + commune.tenant().host() + ":" + PORT + "/budget/" + id
        + "/projects/" + fountain;
    Path photo = Files.createTempFile("fontaine", ".png");
    BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
    image.setRGB(1, 1, 0x3366cc);
    ImageIO.write(image, "png", photo.toFile());

    try (var chromium = HeadlessChromium.start()) {
      var keys = new Keyboard(chromium.driver());
      chromium.driver().get(page);
      keys.tabTo(s -> s.href().startsWith("/auth/login"), new ArrayList<>());
      keys.followWith(Keys.ENTER);
      keys.signInOnKeycloak(account.username(), account.password());
      keys.waitFor(d -> d.getCurrentUrl().equals(page), "back on the idea's page");

      List<FocusStop> visited = new ArrayList<>();
      FocusStop file = keys.tabTo(s -> s.id().equals("photo-idea-file"), visited);
      visited.forEach(FocusStop::assertUsable);
      assertTrue(file.name().startsWith("Photo ou document"), file::toString);
      chromium.driver().findElement(By.id("photo-idea-file")).sendKeys(photo.toString());
      FocusStop alt = keys.tab();
      assertEquals("photo-idea-alt", alt.id());
      assertEquals("Description de la photo (obligatoire)", alt.name());
      alt.assertUsable();
      keys.press("Une fontaine en pierre sur la place");
      FocusStop send = keys.tab();
      assertEquals("button", send.tag());
      assertEquals("Ajouter la photo", send.name());
      send.assertUsable();
      keys.followWith(Keys.ENTER);

      String added = chromium.driver().getPageSource();
      assertTrue(added.contains("La photo est ajoutée."), added);
      assertFalse(chromium.driver().findElements(
          By.cssSelector("img[alt='Une fontaine en pierre sur la place']")).isEmpty(), added);
    } finally {
      Files.deleteIfExists(photo);
    }
  }
}
