package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parvis.it.VerifiedCommune.identityJson;
import static org.parvis.it.VerifiedCommune.ok;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
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
 * A commune's administrator runs a majority-judgment votation from the portal's pages only: a refused first
 * attempt (one option, a closing before the opening) shows both messages and creates nothing; the votation is
 * created on the commune's clocks, changed, opened with a confirmation, a resident votes on the public page, the
 * turnout shows, a change after opening is refused, and closing (confirmed) publishes the results. A resident gets
 * 403 on the administration, staff may use it (as the API), a visitor is sent to sign in.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdministratorRunsAVotationFromPagesIT {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

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
  void anAdministratorCreatesChangesOpensAndClosesAVotation() {
    var commune = VerifiedCommune.enabling("votation-pages", "votations", "{}");
    String slug = commune.tenant().slug();
    var admin = new PortalBrowser(commune.tenant().host());
    var list = admin.signIn(TestIdentities.person("admin-" + slug).username(),
        TestIdentities.person("admin-" + slug).password(), "/votations");
    assertEquals(200, list.status(), list.body());
    assertTrue(list.body().contains("href=\"/votations/administration\""), list.body());
    var administration = admin.open("/votations/administration");
    assertEquals(200, administration.status(), administration.body());
    var blank = admin.open("/votations/administration/new");
    assertEquals(200, blank.status(), blank.body());
    assertTrue(blank.body().contains("type=\"datetime-local\""), blank.body());
    String csrf = blank.csrf();

    LocalDateTime opens = LocalDateTime.now(PARIS).plusDays(1).truncatedTo(ChronoUnit.MINUTES);
    Map<String, String> form = new HashMap<>();
    form.put("csrf", csrf);
    form.put("question", "Quel équipement pour le quartier <Est> ?");
    form.put("description", "Le budget est voté en conseil.");
    form.put("method", "MAJORITY_JUDGMENT");
    form.put("grades", "Très bien\nBien\nPassable\nInsuffisant");
    form.put("option-1", "Parc");
    form.put("opensAt", LOCAL.format(opens));
    form.put("closesAt", LOCAL.format(opens.minusHours(2)));
    var refused = admin.submit("/votations/administration/new", form);
    assertEquals(422, refused.status(), refused.body());
    assertTrue(refused.body().contains("Donnez au moins deux options distinctes."), refused.body());
    assertTrue(refused.body().contains("La clôture doit venir après l"), refused.body());
    assertTrue(refused.body().contains("value=\"Quel équipement pour le quartier &lt;Est&gt; ?\""),
        "what was typed is kept");
    assertTrue(refused.body().contains("value=\"Parc\""), refused.body());
    assertEquals(0, ok(commune.admin().get("/api/votations")).jsonArray().size(), "nothing created");

    form.put("option-3", "Piscine");
    form.put("closesAt", LOCAL.format(opens.plusDays(7)));
    var created = admin.submit("/votations/administration/new", form);
    assertEquals(200, created.status(), created.body());
    assertTrue(created.url().matches(".*/votations/administration/[0-9a-f-]{36}"), created.url());
    String id = created.url().substring(created.url().lastIndexOf('/') + 1);
    JsonObject saved = ok(commune.admin().get("/api/votations/" + id)).json();
    assertEquals("MAJORITY_JUDGMENT", saved.getString("method"));
    assertEquals(List.of("Parc", "Piscine"), labels(saved));
    assertEquals(opens.atZone(PARIS).toInstant(), Instant.parse(saved.getString("opensAt")),
        "the opening typed on the commune's clocks");
    assertEquals("UPCOMING", saved.getString("status"));

    var edit = admin.open("/votations/administration/" + id + "/edit");
    assertEquals(200, edit.status(), edit.body());
    assertTrue(edit.body().contains("value=\"Piscine\""), "the form is prefilled: " + edit.body());
    assertTrue(edit.body().contains("value=\"" + LOCAL.format(opens) + "\""), edit.body());
    Map<String, String> change = new HashMap<>(form);
    change.put("question", "Quel équipement pour le quartier Est en 2027 ?");
    change.put("option-1", "Parc arboré");
    change.put("option-2", "Piscine");
    change.put("option-3", "Médiathèque");
    assertEquals(200, admin.submit("/votations/administration/" + id + "/edit", change).status());
    saved = ok(commune.admin().get("/api/votations/" + id)).json();
    assertEquals("Quel équipement pour le quartier Est en 2027 ?", saved.getString("question"));
    assertEquals(List.of("Parc arboré", "Piscine", "Médiathèque"), labels(saved));
    assertEquals(List.of("Très bien", "Bien", "Passable", "Insuffisant"),
        saved.getJsonArray("grades").getValuesAs(jakarta.json.JsonString::getString));

    var unconfirmed = admin.submit("/votations/administration/" + id + "/opening", Map.of("csrf", csrf));
    assertEquals(422, unconfirmed.status(), unconfirmed.body());
    assertTrue(unconfirmed.body().contains("Cochez la case pour confirmer."), unconfirmed.body());
    assertEquals("UPCOMING", ok(commune.admin().get("/api/votations/" + id)).json().getString("status"));
    var opened = admin.submit("/votations/administration/" + id + "/opening", Map.of("csrf", csrf, "confirm", "yes"));
    assertEquals(200, opened.status(), opened.body());
    assertTrue(opened.body().contains("Vote ouvert"), opened.body());
    assertTrue(opened.body().contains("l’urne est scellée") || opened.body().contains("l&#39;urne est scellée")
        || opened.body().contains("l'urne est scellée"), "closing states its consequence: " + opened.body());

    var tooLate = admin.submit("/votations/administration/" + id + "/edit", change);
    assertEquals(409, tooLate.status(), tooLate.body());
    assertTrue(tooLate.body().contains("Cette votation est déjà ouverte"), tooLate.body());

    var resident = TestIdentities.person("votant-" + slug);
    ok(commune.tenant().http().as(resident.token()).post("/api/me/verification/census", identityJson(3)));
    var voter = new PortalBrowser(commune.tenant().host());
    var ballotPage = voter.signIn(resident.username(), resident.password(), "/votations/" + id);
    assertEquals(200, ballotPage.status(), ballotPage.body());
    assertFalse(voter.open("/votations").body().contains("href=\"/votations/administration\""),
        "the administration link is shown to organizers only");
    List<String> options = saved.getJsonArray("options").stream()
        .map(o -> o.asJsonObject().getString("id")).toList();
    Map<String, String> ballot = new HashMap<>();
    ballot.put("csrf", ballotPage.csrf());
    ballot.put("grade-" + options.get(0), "Bien");
    ballot.put("grade-" + options.get(1), "Très bien");
    ballot.put("grade-" + options.get(2), "Passable");
    var voted = voter.submit("/votations/" + id, ballot);
    assertEquals(200, voted.status(), voted.body());
    assertTrue(voted.body().contains("Votre vote est enregistré"), voted.body());
    assertTrue(admin.open("/votations/administration").body().contains("1 votant(s)"), "the turnout while open");
    assertEquals(403, voter.open("/votations/administration").status(), "a resident does not administer");
    assertEquals(403, voter.submit("/votations/administration/" + id + "/closing",
        Map.of("csrf", ballotPage.csrf(), "confirm", "yes")).status());

    commune.withRole("agent", "STAFF");
    var agent = TestIdentities.person("agent-" + slug);
    var staff = new PortalBrowser(commune.tenant().host())
        .signIn(agent.username(), agent.password(), "/votations/administration");
    assertEquals(200, staff.status(), "staff organize votations, as the API lets them: " + staff.body());
    assertTrue(staff.body().contains("1 votant(s)"), staff.body());

    var unconfirmedClose = admin.submit("/votations/administration/" + id + "/closing", Map.of("csrf", csrf));
    assertEquals(422, unconfirmedClose.status(), unconfirmedClose.body());
    assertEquals("OPEN", ok(commune.admin().get("/api/votations/" + id)).json().getString("status"));
    var closed = admin.submit("/votations/administration/" + id + "/closing", Map.of("csrf", csrf, "confirm", "yes"));
    assertEquals(200, closed.status(), closed.body());
    assertTrue(closed.body().contains("Vote clos"), closed.body());
    assertTrue(closed.body().contains("href=\"/votations/" + id + "/results\""), closed.body());
    assertTrue(admin.open("/votations/administration").body().contains("href=\"/votations/" + id + "/results\""));

    var results = new PortalBrowser(commune.tenant().host()).open("/votations/" + id + "/results");
    assertEquals(200, results.status(), results.body());
    assertTrue(results.body().contains("1 bulletin(s) dépouillé(s)"), results.body());
    assertEquals("Piscine", ok(commune.admin().get("/api/votations/" + id + "/results")).json()
        .getJsonArray("options").getJsonObject(0).getString("label"));

    var visitor = new PortalBrowser(commune.tenant().host()).fetch("GET", "/votations/administration", "text/html");
    assertEquals(303, visitor.status(), visitor.body());
    assertTrue(visitor.header("Location").contains("/auth/login?return=%2Fvotations%2Fadministration"),
        visitor.headers().toString());
  }

  private static List<String> labels(JsonObject votation) {
    return votation.getJsonArray("options").stream().map(o -> o.asJsonObject().getString("label")).toList();
  }
}
