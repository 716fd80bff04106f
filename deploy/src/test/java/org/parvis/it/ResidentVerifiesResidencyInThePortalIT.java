package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parvis.it.VerifiedCommune.ok;

import java.util.HashMap;
import java.util.Map;
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
 * A newly signed-in resident verifies their residency from the portal with the methods their
 * commune offers: a wrong identity is refused with an announced message, the right one verifies
 * them, and the API then knows them as verified.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResidentVerifiesResidencyInThePortalIT {

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
  void aResidentVerifiesWithTheCensusForm() {
    var commune = VerifiedCommune.enabling("residence-portail", "petitions", "{}");
    ok(commune.admin().put("/api/admin/residency", "{\"methods\": [\"CENSUS\", \"CODE\"]}"));

    var anonymous = new PortalBrowser(commune.tenant().host()).open("/me/residency");
    assertFalse(anonymous.body().contains("census-lastName"), "signed-in people only");

    var account = TestIdentities.person("habitante-" + commune.tenant().slug());
    var browser = new PortalBrowser(commune.tenant().host());
    var page = browser.signIn(account.username(), account.password(), "/me/residency");
    assertEquals(200, page.status(), page.body());
    assertTrue(page.body().contains("<label for=\"census-lastName\">Nom</label>"), page.body());
    assertTrue(page.body().contains("<label for=\"code\">Code</label>"), page.body());
    assertFalse(page.body().contains("request-lastName"), "staff approval is not offered here");
    assertTrue(page.body().contains("href=\"/me/residency\" aria-current=\"page\""), "linked from the header");

    Map<String, String> form = new HashMap<>();
    form.put("csrf", page.csrf());
    form.put("lastName", VerifiedCommune.lastName(7));
    form.put("firstNames", "Test");
    form.put("birthDate", VerifiedCommune.birthDate(8).toString());
    var wrong = browser.submit("/me/residency/census", form);
    assertEquals(422, wrong.status(), wrong.body());
    assertTrue(wrong.body().contains("role=\"alert\""), wrong.body());
    var api = commune.tenant().http().as(account.token());
    assertFalse(ok(api.get("/api/me/verification")).json().getBoolean("verified"));

    form.put("birthDate", VerifiedCommune.birthDate(7).toString());
    var verified = browser.submit("/me/residency/census", form);
    assertEquals(200, verified.status(), verified.body());
    assertTrue(verified.body().contains("Votre résidence est vérifiée (liste de la commune"), verified.body());
    assertFalse(verified.body().contains("census-lastName"), "no form once verified");
    var status = ok(api.get("/api/me/verification")).json();
    assertTrue(status.getBoolean("verified"));
    assertEquals("CENSUS", status.getString("method"));

    assertEquals(403, browser.submit("/me/residency/code", Map.of("csrf", "forged", "code", "X")).status());
  }
}
