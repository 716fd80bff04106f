package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parvis.it.VerifiedCommune.identityJson;
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
 * A resident signs a petition from its portal page — proving the tenant's minimum age with the
 * identity the census verified, which is not kept — then withdraws the signature; a wrong
 * identity is refused with an announced message and counts nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResidentSignsAPetitionInThePortalIT {

  private static final String PETITIONS = "/api/petitions";

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
  void aResidentSignsWithTheFormAndWithdraws() {
    var commune = VerifiedCommune.enabling("signature-portail", "petitions", "{\"threshold\": \"50\","
        + " \"durationDays\": \"30\", \"paperSignatures\": \"false\", \"minimumAge\": \"16\"}");
    var moderator = commune.withRole("moderatrice", "MODERATOR");
    var author = commune.verifiedCitizen(1);
    String id = ok(author.post(PETITIONS, "{\"title\": \"Des bancs au parc\","
        + " \"body\": \"Pour s'asseoir.\"}")).json().getString("id");
    ok(author.post(PETITIONS + "/" + id + "/submission", null));
    ok(moderator.post(PETITIONS + "/" + id + "/publication", null));

    var account = TestIdentities.person("signataire-" + commune.tenant().slug());
    ok(commune.tenant().http().as(account.token()).post("/api/me/verification/census", identityJson(5)));
    var browser = new PortalBrowser(commune.tenant().host());
    var page = browser.signIn(account.username(), account.password(), "/petitions/" + id);
    assertEquals(200, page.status(), page.body());
    assertTrue(page.body().contains("au moins 16 ans"), page.body());
    assertTrue(page.body().contains("<label for=\"birthDate\">"), page.body());
    assertTrue(page.body().contains("<label for=\"keepInformed\">"), page.body());

    Map<String, String> form = new HashMap<>();
    form.put("csrf", page.csrf());
    form.put("action", "sign");
    form.put("lastName", VerifiedCommune.lastName(5));
    form.put("firstNames", "Test");
    form.put("birthDate", VerifiedCommune.birthDate(6).toString());
    var wrong = browser.submit("/petitions/" + id, form);
    assertEquals(403, wrong.status(), wrong.body());
    assertTrue(wrong.body().contains("role=\"alert\""), wrong.body());
    assertEquals(0, signatures(commune, id));

    form.put("birthDate", VerifiedCommune.birthDate(5).toString());
    form.put("keepInformed", "on");
    var signed = browser.submit("/petitions/" + id, form);
    assertEquals(200, signed.status(), signed.body());
    assertTrue(signed.body().contains("Vous avez signé cette pétition."), signed.body());
    assertEquals(1, signatures(commune, id));
    assertFalse(signed.body().contains(VerifiedCommune.birthDate(5).toString()),
        "the identity is not shown back");

    var withdrawn = browser.submit("/petitions/" + id, Map.of("csrf", page.csrf(), "action", "withdraw"));
    assertEquals(200, withdrawn.status(), withdrawn.body());
    assertTrue(withdrawn.body().contains("Signer la pétition"), withdrawn.body());
    assertEquals(0, signatures(commune, id));
    assertEquals(403, browser.submit("/petitions/" + id, Map.of("csrf", "forged", "action", "withdraw")).status());
  }

  private static long signatures(VerifiedCommune commune, String id) {
    return commune.tenant().http().get(PETITIONS + "/" + id + "/signatures").json()
        .getJsonNumber("count").longValue();
  }
}
