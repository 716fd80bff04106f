package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parvis.core.multitenancy.TenantTransactions;
import org.parvis.core.tenant.application.DemoTenantLoader;
import org.parvis.core.tenant.application.TenantAdministration;
import org.parvis.spi.tenant.TenantRef;
import org.parvis.testsupport.ParvisDeployment;
import org.parvis.testsupport.TenantHttp;
import org.parvis.testsupport.TestIdentities;

/**
 * The demo tenants of {@code tenants/} (loaded at start-up, as {@code deploy/bin/start} does) come
 * up with their modules on and their demo content (each module's {@code DemoContent}, loaded once)
 * on their public pages, and a newcomer can verify as the demo census' resident and take part.
 */
@ExtendWith(ArquillianExtension.class)
class DemoTenantsAreReadyToUseIT {

  /** Every table the demo content writes to, counted before and after a second load. */
  private static final List<String> DEMO_TABLES = List.of("parvis_demo_content",
      "parvis_membership", "parvis_verified_identity", "budget_edition", "budget_envelope",
      "budget_idea", "budget_support", "budget_ballot", "budget_project_outcome",
      "petition_petition", "petition_signature", "votation_votation", "votation_ballot",
      "worksite_worksite", "worksite_shift", "worksite_registration", "council_member",
      "council_referral", "council_contribution", "consent_proposal", "consent_answer",
      "convention_convention", "convention_volunteer");

  @Deployment
  static WebArchive deployment() {
    return ParvisDeployment.builtWar()
        .addClasses(NativeSql.class, TenantHttp.class, TenantHttp.Reply.class);
  }

  @Inject DemoTenantLoader loader;
  @Inject TenantAdministration tenants;
  @Inject TenantTransactions transactions;
  @Inject NativeSql sql;

  @Test
  @RunAsClient
  void grenobleShowsItsParticipatoryBudgets() {
    var grenoble = TenantHttp.on("grenoble.localhost");
    var budget = grenoble.getHtml("/budget");
    assertEquals(200, budget.status(), budget::toString);
    assertTrue(budget.body().contains("Budget participatif de Toulouse 2019"), budget.body());
    Map<String, String> editions = links(budget.body(), "/budget/([0-9a-f-]{36})");
    String current = editions.entrySet().stream()
        .filter(e -> e.getValue().startsWith("Budget participatif 20")).map(Map.Entry::getKey)
        .findFirst().orElseThrow(() -> new AssertionError("no current edition: " + budget.body()));
    String past = editions.entrySet().stream()
        .filter(e -> e.getValue().startsWith("Budget participatif de Toulouse"))
        .map(Map.Entry::getKey).findFirst().orElseThrow();

    var edition = grenoble.getHtml("/budget/" + current);
    assertEquals(200, edition.status(), edition::toString);
    for (String project : List.of("Des fontaines à boire dans les parcs",
        "Rénover le terrain multisport de Mistral", "Une fresque participative à la Villeneuve")) {
      assertTrue(edition.body().contains(project), project + " in " + edition.body());
    }
    var results = grenoble.getHtml("/budget/" + past + "/results");
    assertEquals(200, results.status(), results::toString);
    assertTrue(results.body().contains("Tous à la Ramée à vélo"), results.body());
  }

  @Test
  @RunAsClient
  void grenobleShowsItsPetitionsVotationsWorksitesAndCouncil() {
    var grenoble = TenantHttp.on("grenoble.localhost");
    var petitions = grenoble.getHtml("/petitions");
    for (String title : List.of("Pour une piste cyclable protégée cours Jean-Jaurès",
        "Sauvons les platanes", "Des bancs et des fontaines au parc Paul-Mistral")) {
      assertTrue(petitions.body().contains(title), title + " in " + petitions.body());
    }
    String answered = links(petitions.body(), "/petitions/([0-9a-f-]{36})").entrySet().stream()
        .filter(e -> e.getValue().startsWith("Sauvons les platanes")).map(Map.Entry::getKey)
        .findFirst().orElseThrow();
    var answer = grenoble.getHtml("/petitions/" + answered);
    assertTrue(answer.body().contains("Dix des douze"), "the council's answer: " + answer.body());

    var votations = grenoble.getHtml("/votations");
    assertTrue(votations.body().contains("Quel nom pour la nouvelle passerelle"), votations.body());
    String closed = links(votations.body(), "/votations/([0-9a-f-]{36})").entrySet().stream()
        .filter(e -> e.getValue().startsWith("Quels aménagements pour la place Saint-Bruno"))
        .map(Map.Entry::getKey).findFirst()
        .orElseThrow(() -> new AssertionError("the closed votation: " + votations.body()));
    var results = grenoble.getHtml("/votations/" + closed + "/results");
    assertEquals(200, results.status(), results::toString);
    assertTrue(results.body().contains("Des jeux d"), results.body());

    var worksites = grenoble.getHtml("/worksites");
    for (String title : List.of("Nettoyage des berges", "Plantation d",
        "Peinture des bancs du square Saint-Bruno")) {
      assertTrue(worksites.body().contains(title), title + " in " + worksites.body());
    }

    var members = grenoble.getHtml("/council/members");
    assertTrue(members.body().contains("Léa Fontaine"), members.body());
    var contributions = grenoble.getHtml("/council/contributions");
    assertTrue(contributions.body().contains("Avis sur le plan de mobilité 2030"),
        contributions.body());
  }

  @Test
  @RunAsClient
  void theAssemblysConventionIsRecruiting() {
    var convention = TenantHttp.on("assemblee-occitanie.localhost").getHtml("/convention");
    assertEquals(200, convention.status(), convention::toString);
    assertTrue(convention.body().contains("Convention citoyenne sur l"), convention.body());
  }

  @Test
  void lumieresCirclesHaveDecidedByConsent() {
    TenantRef lumiere = tenants.require("lumiere").toRef();
    assertEquals(2L, (long) transactions.callAs(lumiere,
        () -> sql.count("select count(*) from consent_circle")));
    assertEquals(1L, (long) transactions.callAs(lumiere, () -> sql.count(
        "select count(*) from consent_proposal where status = 'ADOPTED'")));
    assertEquals(0L, (long) transactions.callAs(lumiere, () -> sql.count(
        "select count(*) from budget_edition")), "no commune content in a collective");
  }

  @Test
  void loadingTheDemoAgainChangesNothing() throws Exception {
    Map<String, Map<String, Long>> before = new LinkedHashMap<>();
    for (String slug : List.of("grenoble", "lumiere", "assemblee-occitanie")) {
      before.put(slug, counts(tenants.require(slug).toRef()));
    }
    Map<String, Long> grenoble = before.get("grenoble");
    assertEquals(7L, grenoble.get("parvis_demo_content"), "seven modules' content: " + grenoble);
    assertTrue(grenoble.get("budget_ballot") > 1494, "Toulouse's ballots and the demo residents' "
        + grenoble);
    assertTrue(grenoble.get("parvis_verified_identity") >= 8, grenoble::toString);
    assertEquals(1L, before.get("assemblee-occitanie").get("convention_convention"));
    assertEquals(30L, before.get("assemblee-occitanie").get("convention_volunteer"));

    loader.loadFolder();

    for (String slug : before.keySet()) {
      assertEquals(before.get(slug), counts(tenants.require(slug).toRef()), slug);
    }
  }

  private Map<String, Long> counts(TenantRef tenant) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : DEMO_TABLES) {
      counts.put(table, transactions.callAs(tenant,
          () -> sql.count("select count(*) from " + table)));
    }
    return counts;
  }

  /** The links of a page matching {@code href}, by their first group, with their text. */
  private static Map<String, String> links(String html, String href) {
    Map<String, String> links = new LinkedHashMap<>();
    Matcher m = Pattern.compile("<a href=\"" + href + "\">([^<]*)</a>").matcher(html);
    while (m.find()) {
      links.put(m.group(1), m.group(2));
    }
    return links;
  }

  @Test
  @RunAsClient
  void grenobleOffersItsModulesAndVerifiesItsDemoResident() {
    var grenoble = TenantHttp.on("grenoble.localhost");
    var tenant = grenoble.get("/api/tenant");
    assertEquals(200, tenant.status(), tenant::toString);
    var home = grenoble.getHtml("/");
    for (String path : Set.of("/budget", "/petitions", "/votations", "/worksites", "/council/members",
        "/questions", "/consultations")) {
      assertTrue(home.body().contains("href=\"" + path + "\""), path + " in " + home.body());
    }
    var lumiere = TenantHttp.on("lumiere.localhost").getHtml("/");
    assertEquals(200, lumiere.status());
    assertTrue(lumiere.body().contains("href=\"/consent\""), "the circles from Lumière's home: " + lumiere.body());

    var newcomer = grenoble.as(TestIdentities.person("nouvelle-grenobloise").token());
    var methods = newcomer.get("/api/me/verification").json().getJsonArray("methods").stream()
        .map(Object::toString).collect(Collectors.toSet());
    assertEquals(Set.of("\"CENSUS\"", "\"STAFF_APPROVAL\""), methods);
    var verified = newcomer.post("/api/me/verification/census",
        "{\"lastName\": \"Martin\", \"firstNames\": \"Lucas\", \"birthDate\": \"1985-11-02\"}");
    assertEquals(200, verified.status(), verified::toString);
    assertTrue(verified.json().getBoolean("verified"));
  }
}
