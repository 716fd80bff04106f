package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parvis.it.BudgetCommune.envelopeId;
import static org.parvis.it.BudgetCommune.idea;
import static org.parvis.it.BudgetCommune.ok;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parvis.testsupport.ParvisDeployment;

/**
 * Citizens comment on ideas and report content once each; moderators see what was reported and
 * hide a comment with a reason; another tenant sees none of it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CitizensDiscussAndReportIdeasIT {

  private static final String D = "/api/budget/discussion";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ParvisDeployment.builtWar();
  }

  @Test
  void commentsAndReportsReachTheModerators() {
    var commune = BudgetCommune.create("budget-debat", "MOREAU");
    var edition = commune.edition("greedy", "{\"kind\": \"APPROVAL\", \"maxChoices\": 1}",
        "[{\"name\": \"Ville\", \"amount\": 1000, \"district\": false}]");
    var lea = commune.account("lea");
    var noe = commune.account("noe");
    String project = idea(lea, edition.getString("id"), envelopeId(edition, 0), "Un verger", 500);

    assertEquals(401, commune.tenant().http().post(D + "/ideas/" + project + "/comments",
        "{\"body\": \"anonyme\"}").status());
    ok(lea.post(D + "/ideas/" + project + "/comments", "{\"body\": \"Avec des pommiers ?\"}"));
    String rude = ok(noe.post(D + "/ideas/" + project + "/comments",
        "{\"body\": \"Propos injurieux\"}")).json().getString("id");
    assertEquals(2, commune.tenant().http().get(D + "/ideas/" + project + "/comments")
        .jsonArray().size());

    assertEquals(201, lea.post(D + "/comments/" + rude + "/reports",
        "{\"reason\": \"Injurieux\"}").status());
    assertEquals(409, lea.post(D + "/comments/" + rude + "/reports",
        "{\"reason\": \"Encore\"}").status(), "one report per account and item");
    assertEquals(201, noe.post(D + "/ideas/" + project + "/reports",
        "{\"reason\": \"Doublon\"}").status());

    assertEquals(403, lea.get(D + "/reports").status());
    var moderatorAccount = org.parvis.testsupport.TestIdentities.person(
        "moderatrice-" + commune.tenant().slug());
    org.parvis.testsupport.TenantFixtures.appoint(commune.tenant(), moderatorAccount, "MODERATOR");
    var moderator = commune.tenant().http().as(moderatorAccount.token());
    var reports = moderator.get(D + "/reports").jsonArray();
    assertEquals(2, reports.size(), reports::toString);
    assertTrue(reports.toString().contains(rude) && reports.toString().contains("Injurieux"));

    var hidden = ok(moderator.post(D + "/comments/" + rude + "/hide",
        "{\"reason\": \"Contraire à la charte\"}")).json();
    assertTrue(hidden.getBoolean("hidden"));
    var visible = commune.tenant().http().get(D + "/ideas/" + project + "/comments");
    assertEquals(1, visible.jsonArray().size());
    assertFalse(visible.body().contains("injurieux"));

    var other = BudgetCommune.create("budget-debat-voisin", "MOREAU");
    assertEquals(404, other.tenant().http().get(D + "/ideas/" + project + "/comments").status());
    assertEquals("[]", other.admin().get(D + "/reports").body().replace(" ", ""));
  }
}
