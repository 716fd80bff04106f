package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parvis.it.DevelopmentCouncilAdoptsAContributionPerCollegeIT.ok;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
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
 * A commune's administrator sets its development council up in the portal only: creates the
 * council and its colleges, publishes the charter, appoints a member with a role and consent to
 * the public page, is refused a seat the college does not have (the typed values kept), records a
 * referral with its document, puts the member in a working group on it, and ends the mandate. The API reads back exactly what the pages did.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdministratorSetsUpTheCouncilInThePortalIT {

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
  void theAdministratorCreatesTheCouncilItsCollegesCharterAndMembersInThePages() {
    var commune = VerifiedCommune.enabling("conseil-console", "council", "{}");
    String slug = commune.tenant().slug();
    var admin = new PortalBrowser(commune.tenant().host());
    admin.signIn(TestIdentities.person("admin-" + slug).username(),
        TestIdentities.person("admin-" + slug).password(), "/council/secretariat");
    var secretariat = admin.open("/council/secretariat");
    assertTrue(secretariat.body().contains("href=\"/council/administration\""), secretariat.body());
    var console = admin.open("/council/administration");
    assertEquals(200, console.status(), console.body());
    assertTrue(console.body().contains("<label for=\"council-name\">"), console.body());
    String csrf = console.csrf();

    Map<String, String> council = new HashMap<>(Map.of("csrf", csrf, "name", "Conseil de développement <Val>",
        "territory", "Val d'Orge", "mandateYears", "0", "method", "MAJORITY", "scope", "PER_COLLEGE",
        "majority", "60"));
    var tooShort = admin.submit("/council/administration/council", council);
    assertEquals(422, tooShort.status(), tooShort.body());
    assertTrue(tooShort.body().contains("role=\"alert\""), tooShort.body());
    assertTrue(tooShort.body().contains("value=\"Conseil de développement &lt;Val&gt;\""), "the typed name is kept");
    council.put("mandateYears", "4");
    assertEquals(200, admin.submit("/council/administration/council", council).status());
    assertEquals(200, admin.submit("/council/administration/colleges", Map.of("csrf", csrf,
        "name", "Citoyens", "seats", "1", "voting", "on")).status());
    var colleges = admin.submit("/council/administration/colleges", Map.of("csrf", csrf,
        "name", "Élus observateurs", "seats", "2"));
    assertTrue(colleges.body().contains("Collège Élus observateurs : 2 siège(s), 0 occupé(s), observateur sans vote"),
        colleges.body());
    assertEquals(200, admin.submit("/council/administration/documents", Map.of("csrf", csrf,
        "kind", "CHARTER", "text", "Le conseil rend des avis adoptés dans chaque collège.")).status());

    JsonObject described = ok(commune.tenant().http().get("/api/council")).json();
    assertEquals("Conseil de développement <Val>", described.getString("name"));
    assertEquals(4, described.getInt("mandateYears"));
    assertEquals(60, described.getInt("majorityPercent"));
    assertEquals(1, described.getInt("charterVersion"));
    Map<String, JsonObject> byName = described.getJsonArray("colleges").stream().map(JsonValue::asJsonObject)
        .collect(Collectors.toMap(c -> c.getString("name"), c -> c));
    assertFalse(byName.get("Élus observateurs").getBoolean("voting"));
    String citizens = byName.get("Citoyens").getString("id");

    var appointed = admin.submit("/council/administration/members", Map.of("csrf", csrf,
        "subject", TestIdentities.person("anna-" + slug).subject(), "displayName", "Anna",
        "organisation", "", "email", "", "profile", "Habitante du Val", "college", citizens,
        "appointment", "VOLUNTEER", "role-BUREAU", "on", "publicProfile", "on"));
    assertEquals(200, appointed.status(), appointed.body());
    var full = admin.submit("/council/administration/members", Map.of("csrf", csrf,
        "subject", TestIdentities.person("bruno-" + slug).subject(), "displayName", "Bruno",
        "college", citizens, "appointment", "VOLUNTEER"));
    assertEquals(422, full.status(), "the only citizens' seat is taken: " + full.body());
    assertTrue(full.body().contains("role=\"alert\""), full.body());
    assertTrue(full.body().contains("value=\"Bruno\""), "the typed name is kept: " + full.body());

    var members = ok(commune.admin().get("/api/council/members")).jsonArray();
    assertEquals(1, members.size(), members::toString);
    JsonObject anna = members.getJsonObject(0);
    assertEquals("BUREAU", anna.getJsonArray("roles").getString(0));
    assertTrue(anna.getBoolean("publicProfile"));
    assertTrue(ok(commune.tenant().http().get("/api/council/members/public")).body().contains("Anna"));

    String annaId = anna.getString("id");

    // A referral with its document (multipart), then a working group on it with Anna.
    Map<String, String> referral = new HashMap<>(Map.of("csrf", csrf, "title", "Plan de mobilité",
        "question", "Quelles priorités pour les bus ruraux ?", "deadline", "demain"));
    var pdf = new PortalBrowser.FilePart("document", "saisine.pdf", "application/pdf",
        DevelopmentCouncilAdoptsAContributionPerCollegeIT.MINIMAL_PDF.getBytes(StandardCharsets.US_ASCII));
    var badDate = admin.submitMultipart("/council/administration/referrals", referral, pdf);
    assertEquals(422, badDate.status(), badDate.body());
    assertTrue(badDate.body().contains(">Quelles priorités pour les bus ruraux ?</textarea>"), "the question is kept");
    referral.put("deadline", LocalDate.now().plusDays(45).toString());
    assertEquals(200, admin.submitMultipart("/council/administration/referrals", referral, pdf).status());
    var referrals = ok(commune.tenant().http().get("/api/council/referrals")).jsonArray();
    assertEquals(1, referrals.size(), "the refused form recorded nothing: " + referrals);
    JsonObject received = referrals.getJsonObject(0);
    assertEquals("INTERCOMMUNALITY", received.getString("origin"));
    assertEquals(1, received.getJsonArray("documents").size(), received::toString);
    var file = commune.tenant().http().send("GET", "/files/" + received.getJsonArray("documents").getString(0),
        null, "application/pdf");
    assertEquals(200, file.status(), file::toString);

    var grouped = admin.submit("/council/administration/groups", Map.of("csrf", csrf,
        "name", "Mobilités rurales", "referral", received.getString("id")));
    assertEquals(200, grouped.status(), grouped.body());
    JsonObject group = ok(commune.admin().get("/api/council/groups")).jsonArray().getJsonObject(0);
    assertEquals(received.getString("id"), group.getString("referralId"));
    var joined = admin.submit("/council/administration/groups/" + group.getString("id") + "/members",
        Map.of("csrf", csrf, "member", annaId));
    assertEquals(200, joined.status(), joined.body());
    assertTrue(joined.body().contains("Membres : Anna"), joined.body());
    assertEquals(annaId, ok(commune.admin().get("/api/council/groups")).jsonArray().getJsonObject(0)
        .getJsonArray("members").getString(0));

    var ended = admin.submit("/council/administration/members/" + annaId + "/end", Map.of("csrf", csrf));
    assertEquals(200, ended.status(), ended.body());
    assertFalse(ended.body().contains("action=\"/council/administration/members/" + annaId + "/end\""),
        "an ended mandate cannot be ended again");
    assertTrue(ok(commune.admin().get("/api/council/members")).jsonArray().getJsonObject(0)
        .getString("endedOn", null) != null, "the mandate has ended");
  }
}
