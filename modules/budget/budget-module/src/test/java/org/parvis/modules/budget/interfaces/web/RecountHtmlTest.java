package org.parvis.modules.budget.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parvis.modules.budget.application.BudgetMessages;
import org.parvis.modules.budget.domain.Recount;

class RecountHtmlTest {

  private static final UUID EDITION = UUID.randomUUID();
  private static final BudgetMessages FR = BudgetMessages.in("fr");

  @Test
  void theFormAsksAPublicReasonAndKeepsWhatWasTyped() {
    String html = RecountHtml.of(EDITION, List.of(), "Coût <corrigé>", FR, "token",
        ZoneId.of("Europe/Paris"));
    assertTrue(html.contains("action=\"/budget/administration/" + EDITION + "/results/recount\""));
    assertTrue(html.contains("<label for=\"recount-reason\">Raison publique du recomptage</label>"));
    assertTrue(html.contains("name=\"reason\" rows=\"3\" cols=\"60\" maxlength=\"2000\" required"
        + " aria-describedby=\"recount-help\">Coût &lt;corrigé&gt;</textarea>"), html);
    assertTrue(html.contains("Aucun recomptage pour l&#39;instant."), html);
    assertFalse(html.contains("<table"), html);
  }

  @Test
  void pastRecountsSayWhenOnTheTenantsClocksWhoWhyAndWhetherTheFundedProjectsChanged() {
    Recount recount = new Recount(EDITION, "admin-sub", "Devis <n°2>",
        Instant.parse("2026-11-30T23:30:00Z"), true);
    String html = RecountHtml.of(EDITION, List.of(recount), "", FR, "token",
        ZoneId.of("Europe/Paris"));
    assertTrue(html.contains("<caption>Recomptages passés</caption>"), html);
    assertTrue(html.contains("<time datetime=\"2026-12-01T00:30+01:00\">1 déc. 2026"), html);
    assertTrue(html.contains("<td>admin-sub</td><td>Devis &lt;n°2&gt;</td><td>oui</td>"), html);
  }
}
