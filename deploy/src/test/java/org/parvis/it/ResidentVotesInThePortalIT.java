package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parvis.it.BudgetCommune.envelopeId;
import static org.parvis.it.BudgetCommune.idea;

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
 * An author proposes an idea with the portal's form; a resident votes through the portal's
 * plain HTML form (labelled native checkboxes, rules in
 * plain words, no script needed), changes nothing by breaking a rule, then reads the results
 * page with its chart and the greedy / equal shares comparison.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResidentVotesInThePortalIT {

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
  void aResidentVotesWithTheFormAndReadsTheResults() {
    var commune = BudgetCommune.create("budget-portail", "GARCIA");
    var edition = commune.edition("equal-shares",
        "{\"kind\": \"APPROVAL\", \"maxChoices\": 2, \"minChoices\": 1}",
        "[{\"name\": \"Toute la ville\", \"amount\": 100000, \"district\": false}]");
    String id = edition.getString("id");
    String city = envelopeId(edition, 0);
    var author = commune.account("auteur");

    // The author proposes an idea with the portal's form; a refused form keeps what was typed.
    var authorAccount = TestIdentities.person("auteur-" + commune.tenant().slug());
    var authorBrowser = new PortalBrowser(commune.tenant().host());
    var editionPage = authorBrowser.signIn(authorAccount.username(), authorAccount.password(),
        "/budget/" + id);
    assertTrue(editionPage.body().contains("/budget/" + id + "/ideas/new"), editionPage.body());
    var ideaForm = authorBrowser.open("/budget/" + id + "/ideas/new");
    assertEquals(200, ideaForm.status(), ideaForm.body());
    assertTrue(ideaForm.body().contains("<label for=\"title\">Titre</label>"));
    var incomplete = authorBrowser.submit("/budget/" + id + "/ideas", Map.of("csrf",
        ideaForm.csrf(), "envelope", city, "title", "Jardin <partagé>", "description",
        "Un jardin pour le quartier", "category", "", "estimatedCost", "quarante mille"));
    assertEquals(422, incomplete.status(), incomplete.body());
    assertTrue(incomplete.body().contains("vérifiez Catégorie (par exemple : cadre de vie,"
        + " mobilité), Coût estimé en euros."), incomplete.body());
    assertTrue(incomplete.body().contains("value=\"Jardin &lt;partagé&gt;\""), "typed text kept");
    var proposed = authorBrowser.submit("/budget/" + id + "/ideas", Map.of("csrf",
        ideaForm.csrf(), "envelope", city, "title", "Jardin <partagé>", "description",
        "Un jardin pour le quartier", "category", "cadre de vie", "estimatedCost", "40000",
        "latitude", "45.19", "longitude", "5.72"));
    assertEquals(200, proposed.status(), proposed.body());
    assertTrue(proposed.body().contains("Votre idée est proposée."), proposed.body());
    String a = proposed.url().replaceAll(".*/projects/([0-9a-f-]{36}).*", "$1");

    // On the idea's page, signed-in people support it, comment on it and report it or a comment.
    String ideaPath = "/budget/" + id + "/projects/" + a;
    var supported = authorBrowser.submit(ideaPath + "/supports", Map.of("csrf", ideaForm.csrf()));
    assertEquals(200, supported.status(), supported.body());
    assertTrue(supported.body().contains("Votre soutien est enregistré."), supported.body());
    assertTrue(supported.body().contains("Soutiens : 1"), supported.body());
    var again = authorBrowser.submit(ideaPath + "/supports", Map.of("csrf", ideaForm.csrf()));
    assertEquals(409, again.status(), "one support per account");
    assertTrue(again.body().contains("role=\"alert\" id=\"discussion-error\""), again.body());
    assertTrue(again.body().contains("vous soutenez déjà cette idée."), again.body());
    String tooLong = "<i>trop</i> " + "long ".repeat(1000);
    var refusedComment = authorBrowser.submit(ideaPath + "/comments",
        Map.of("csrf", ideaForm.csrf(), "body", tooLong));
    assertEquals(422, refusedComment.status(), refusedComment.body());
    assertTrue(refusedComment.body().contains(">&lt;i&gt;trop&lt;/i&gt; long long"),
        "the refused comment is shown again, escaped");
    var commented = authorBrowser.submit(ideaPath + "/comments",
        Map.of("csrf", ideaForm.csrf(), "body", "Et des <b>bancs</b> ?"));
    assertEquals(200, commented.status(), commented.body());
    assertTrue(commented.body().contains("<p>Et des &lt;b&gt;bancs&lt;/b&gt; ?</p>"),
        commented.body());
    assertTrue(commented.body().contains("<label for=\"report-idea-reason\">"));
    String comment = commented.body().replaceAll(
        "(?s).*name=\"comment\" value=\"([0-9a-f-]{36})\".*", "$1");
    var blankReport = authorBrowser.submit(ideaPath + "/reports",
        Map.of("csrf", ideaForm.csrf(), "comment", comment, "reason", " "));
    assertEquals(422, blankReport.status(), blankReport.body());
    assertTrue(blankReport.body().contains("<details open><summary>Signaler ce commentaire"),
        "the refused report form stays open");
    var reported = authorBrowser.submit(ideaPath + "/reports",
        Map.of("csrf", ideaForm.csrf(), "comment", comment, "reason", "Hors sujet"));
    assertTrue(reported.body().contains("Votre signalement est transmis à la modération."),
        reported.body());
    var reports = BudgetCommune.ok(commune.admin().get("/api/budget/discussion/reports"))
        .jsonArray().getJsonObject(0);
    assertEquals(comment, reports.getString("id"));
    assertEquals("Hors sujet", reports.getJsonArray("reasons").getString(0));

    // A moderator reads the queue and hides the reported comment with a public reason.
    commune.commune().withRole("moderatrice", "MODERATOR");
    var moderator = TestIdentities.person("moderatrice-" + commune.tenant().slug());
    var moderatorBrowser = new PortalBrowser(commune.tenant().host());
    var queue = moderatorBrowser.signIn(moderator.username(), moderator.password(),
        "/budget/moderation");
    assertEquals(200, queue.status(), queue.body());
    assertTrue(queue.body().contains("<blockquote>Et des &lt;b&gt;bancs&lt;/b&gt; ?</blockquote>"),
        queue.body());
    assertTrue(queue.body().contains("<li>Hors sujet</li>"), queue.body());
    var noReason = moderatorBrowser.submit("/budget/moderation/comment/" + comment + "/hide",
        Map.of("csrf", queue.csrf(), "reason", ""));
    assertEquals(422, noReason.status(), noReason.body());
    assertTrue(noReason.body().contains("id=\"moderation-error\""), noReason.body());
    var hidden = moderatorBrowser.submit("/budget/moderation/comment/" + comment + "/hide",
        Map.of("csrf", queue.csrf(), "reason", "Propos hors sujet"));
    assertEquals(200, hidden.status(), hidden.body());
    assertTrue(hidden.body().contains("Masqué : Propos hors sujet"), hidden.body());
    assertFalse(new PortalBrowser(commune.tenant().host()).open(ideaPath).body()
        .contains("bancs&lt;/b&gt;"), "the hidden comment is no longer shown");
    assertEquals(403, authorBrowser.open("/budget/moderation").status());

    var anonymousIdea = new PortalBrowser(commune.tenant().host()).open(ideaPath);
    assertTrue(anonymousIdea.body().contains("Connectez-vous pour soutenir cette idée"));
    assertFalse(anonymousIdea.body().contains(ideaPath + "/comments\""), "no form for visitors");

    var listed = BudgetCommune.ok(commune.tenant().http().get("/api/budget/editions/" + id
        + "/ideas")).jsonArray().getJsonObject(0);
    assertEquals(a, listed.getString("id"));
    assertEquals(45.19, listed.getJsonNumber("latitude").doubleValue());
    String ideasPage = authorBrowser.open("/budget/" + id).body();
    assertTrue(ideasPage.contains(
        "<a href=\"/budget/" + id + "/projects/" + a + "\">Jardin &lt;partagé&gt;</a>"), ideasPage);
    assertTrue(ideasPage.contains("aria-labelledby=\"ideas-map-title\""), "the ideas are on a map");
    assertTrue(ideasPage.contains("<title id=\"ideas-map-title\">Carte des idées qui indiquent un lieu"
        + "</title>"), ideasPage);
    assertTrue(ideasPage.contains("<a href=\"/budget/" + id + "/projects/" + a
        + "\" aria-label=\"Idée : Jardin &lt;partagé&gt;\">"), "each point is a named link");
    String b = idea(author, id, city, "Bancs publics", 10000);
    String c = idea(author, id, city, "Skatepark", 30000);
    String duplicate = idea(author, id, city, "Un skatepark", 25000);
    commune.moveTo(id, 1, "FEASIBILITY_REVIEW");

    // Staff review the ideas on the review page: a verdict with its public reason, a merge.
    String reviewPath = "/budget/" + id + "/review";
    assertEquals(403, authorBrowser.open(reviewPath).status(), "residents do not review");
    var agent = TestIdentities.person("agent-" + commune.tenant().slug());
    var staffBrowser = new PortalBrowser(commune.tenant().host());
    var staffEdition = staffBrowser.signIn(agent.username(), agent.password(), "/budget/" + id);
    assertTrue(staffEdition.body().contains("href=\"" + reviewPath + "\""), staffEdition.body());
    var review = staffBrowser.open(reviewPath);
    assertEquals(200, review.status(), review.body());
    assertTrue(review.body().contains("<label for=\"review-" + a + "-cost\">"), review.body());
    var noCost = staffBrowser.submit(reviewPath + "/" + a, Map.of("csrf", review.csrf(),
        "verdict", "feasible", "reason", "Terrain <municipal> disponible"));
    assertEquals(422, noCost.status(), noCost.body());
    assertTrue(noCost.body().contains("role=\"alert\" id=\"review-error\""), noCost.body());
    assertTrue(noCost.body().contains(">Terrain &lt;municipal&gt; disponible</textarea>"),
        "the reason typed is kept");
    assertTrue(noCost.body().contains("id=\"review-" + a + "-feasible\" name=\"verdict\""
        + " value=\"feasible\" required checked"), "the verdict chosen is kept");
    var reviewed = staffBrowser.submit(reviewPath + "/" + a, Map.of("csrf", review.csrf(),
        "verdict", "feasible", "reason", "Terrain municipal disponible", "finalCost", "40000"));
    assertEquals(200, reviewed.status(), reviewed.body());
    assertTrue(reviewed.body().contains("L&#39;étude de l&#39;idée est enregistrée."),
        reviewed.body());
    var merged = staffBrowser.submit(reviewPath + "/" + duplicate + "/merge",
        Map.of("csrf", review.csrf(), "into", c, "reason", "Même lieu"));
    assertEquals(200, merged.status(), merged.body());
    var reviewedIdea = BudgetCommune.ok(commune.tenant().http().get("/api/budget/ideas/" + a))
        .json();
    assertEquals("FEASIBLE", reviewedIdea.getString("status"));
    assertEquals(40000, reviewedIdea.getJsonNumber("finalCost").longValue());
    assertEquals("Terrain municipal disponible", reviewedIdea.getString("publicReason"));
    assertEquals("MERGED", BudgetCommune.ok(commune.tenant().http().get("/api/budget/ideas/"
        + duplicate)).json().getString("status"));
    commune.feasible(b, 10000);
    commune.feasible(c, 30000);
    commune.moveTo(id, 2, "VOTE");

    var visitor = new PortalBrowser(commune.tenant().host());
    var page = visitor.open("/budget/" + id);
    assertEquals(200, page.status(), page.body());
    assertTrue(page.body().contains("Jardin &lt;partagé&gt;"), "titles are escaped");
    assertTrue(page.body().contains("<title id=\"ideas-map-title\">Carte des projets soumis au vote"),
        "from the vote on, the map shows the projects on the ballot");
    assertTrue(page.body().contains("aria-label=\"Projet : Skatepark\""), page.body());
    assertFalse(page.body().contains("aria-label=\"Projet : Un skatepark\""),
        "a merged idea is not on the ballot");
    assertTrue(page.body().contains("/budget/" + id + "/ballot?envelope=" + city));
    var anonymousForm = visitor.open("/budget/" + id + "/ballot?envelope=" + city);
    assertTrue(anonymousForm.body().contains("Seuls les résidents vérifiés peuvent voter"));

    var account = TestIdentities.person("garcia-" + commune.tenant().slug());
    var api = BudgetCommune.verify(commune.tenant().http().as(account.token()), "GARCIA");
    var browser = new PortalBrowser(commune.tenant().host());
    String ballotPath = "/budget/" + id + "/ballot?envelope=" + city;
    var form = browser.signIn(account.username(), account.password(), ballotPath);
    assertEquals(200, form.status(), form.body());
    assertTrue(form.body().contains("Cochez au moins 1 et au plus 2 projets."), form.body());
    assertTrue(form.body().contains("<input type=\"checkbox\" id=\"project-" + a + "\""));
    assertTrue(form.body().contains("<label for=\"project-" + a + "\">"));
    assertTrue(form.body().contains("aria-describedby=\"ballot-rules\""));

    assertEquals(403, browser.submit("/budget/" + id + "/ballot",
        Map.of("csrf", "forged", "envelope", city, "project-" + a, "on")).status());

    var saved = browser.submit("/budget/" + id + "/ballot", Map.of("csrf", form.csrf(),
        "envelope", city, "project-" + a, "on", "project-" + b, "on"));
    assertEquals(200, saved.status(), saved.body());
    assertTrue(saved.body().contains("Votre bulletin est enregistré."), saved.body());
    assertTrue(saved.body().contains("id=\"project-" + a + "\" name=\"project-" + a
        + "\" value=\"on\" data-weight=\"40000\" checked"), saved.body());
    assertTrue(saved.body().contains(">50000</output>"), "the total without script");

    var tooMany = browser.submit("/budget/" + id + "/ballot", Map.of("csrf", form.csrf(),
        "envelope", city, "project-" + a, "on", "project-" + b, "on", "project-" + c, "on"));
    assertEquals(422, tooMany.status());
    assertTrue(tooMany.body().contains("data-rule=\"approval-maximum\""), tooMany.body());
    assertTrue(tooMany.body().contains("Votre bulletin n&#39;a pas été enregistré : vous pouvez "
        + "choisir au plus 2 projets, votre bulletin en compte 3."), "the rule in French words");
    var mine = api.get("/api/budget/editions/" + id + "/ballots/mine").jsonArray();
    assertEquals(2, mine.getJsonObject(0).getJsonObject("points").size(),
        "the refused change kept the earlier ballot");

    // Staff enter a paper ballot with the same form, rules and refusals, under the voter's
    // identity; a person who voted online cannot vote again on paper.
    String paperPath = "/budget/" + id + "/paper-ballots";
    var paperForm = staffBrowser.open(paperPath + "?envelope=" + city);
    assertEquals(200, paperForm.status(), paperForm.body());
    assertTrue(paperForm.body().contains("<label for=\"paper-lastName\">"), paperForm.body());
    assertTrue(paperForm.body().contains("<label for=\"paper-birthDate\">"), paperForm.body());
    var paperTooMany = staffBrowser.submit(paperPath, Map.of("csrf", paperForm.csrf(),
        "envelope", city, "lastName", "MOREAU", "firstNames", "Camille", "birthDate",
        "1985-06-07", "project-" + a, "on", "project-" + b, "on", "project-" + c, "on"));
    assertEquals(422, paperTooMany.status(), paperTooMany.body());
    assertTrue(paperTooMany.body().contains("data-rule=\"approval-maximum\""));
    assertTrue(paperTooMany.body().contains("value=\"MOREAU\""), "the identity is kept");
    assertEquals(422, staffBrowser.submit(paperPath, Map.of("csrf", paperForm.csrf(), "envelope",
        city, "lastName", "MOREAU", "firstNames", "Camille", "project-" + a, "on")).status(),
        "no birth date");
    var votedOnline = staffBrowser.submit(paperPath, Map.of("csrf", paperForm.csrf(),
        "envelope", city, "lastName", "Garcia", "firstNames", "Camille", "birthDate",
        "1980-01-01", "project-" + c, "on"));
    assertEquals(409, votedOnline.status(), votedOnline.body());
    assertTrue(votedOnline.body().contains("cette personne a déjà voté en ligne"),
        votedOnline.body());
    var paper = staffBrowser.submit(paperPath, Map.of("csrf", paperForm.csrf(),
        "envelope", city, "lastName", "MOREAU", "firstNames", "Camille", "birthDate",
        "1985-06-07", "project-" + c, "on"));
    assertEquals(200, paper.status(), paper.body());
    assertTrue(paper.body().contains("Le bulletin papier est enregistré."), paper.body());
    assertEquals(403, browser.open(paperPath + "?envelope=" + city).status(),
        "residents do not enter paper ballots");

    BudgetCommune.ok(commune.admin().post("/api/budget/editions/" + id + "/vote/close", null));
    var results = visitor.open("/budget/" + id + "/results");
    assertEquals(200, results.status(), results.body());
    assertTrue(results.body().contains("<svg"), results.body());
    assertTrue(results.body().contains("Parts égales"));
    assertTrue(results.body().contains("Décompte glouton"));
    assertFalse(results.body().contains("Jardin <partagé>"), "escaped in the table and the chart");
  }
}
