package org.parvis.modules.convention.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parvis.core.portal.views.TemplatePreview;
import org.parvis.modules.convention.domain.Grade;
import org.parvis.modules.convention.domain.Proposal;
import org.parvis.modules.convention.domain.Session;
import org.parvis.spi.i18n.Texts;

/** The panel's work as the pages show it: outcomes in words, sessions on the tenant's clocks, texts escaped. */
class WorkModelsTest {

  private final Texts fr = Texts.of("messages.convention", "fr");
  private final UUID convention = UUID.randomUUID();

  @Test
  void everyTextOfAProposalIsEscaped() {
    Proposal p = new Proposal(convention, "<script>x</script>", "Ligne 1\n<b>Ligne 2</b>", UUID.randomUUID());
    p.openVote(50, 4);
    p.closeVote(3);
    p.respond("Oui & <i>vite</i>", "Suivi \"trimestriel\"");
    String out = TemplatePreview.render("convention/proposal", "fr",
        Map.of("p", WorkModels.proposal(p, "/convention/x/proposals/y?a=1&b=2", fr)));
    assertTrue(!out.contains("<script>") && !out.contains("<b>") && !out.contains("<i>"), out);
    assertTrue(out.contains("&lt;script&gt;x&lt;/script&gt;</a></h3>"), out);
    assertTrue(out.contains("<p>Ligne 1</p><p>&lt;b&gt;Ligne 2&lt;/b&gt;</p>"), out);
    assertTrue(out.contains("Oui &amp; &lt;i&gt;vite&lt;/i&gt;"), out);
    assertTrue(out.contains("Suivi &quot;trimestriel&quot;"), out);
    assertTrue(out.contains("href=\"/convention/x/proposals/y?a=1&amp;b=2\""), out);
    assertTrue(out.contains("Adoptée par les membres (3 approbation(s) sur 4)"), out);
  }

  @Test
  void theOutcomeTellsTheStateOrTheResult() {
    Proposal draft = new Proposal(convention, "T", "B", UUID.randomUUID());
    assertEquals("Proposition en cours de rédaction par les membres", WorkModels.outcome(draft, fr));
    draft.openVote(50, 4);
    assertEquals("Vote des membres en cours", WorkModels.outcome(draft, fr));
    draft.closeVote(1);
    assertEquals("Non adoptée par les membres (1 approbation(s) sur 4)", WorkModels.outcome(draft, fr));

    Proposal judged = new Proposal(convention, "T", "B", UUID.randomUUID());
    judged.openJudgment(Grade.FAIR, 3);
    judged.closeJudgment(new long[] {0, 0, 0, 1, 2, 0});
    assertTrue(WorkModels.outcome(judged, fr).startsWith("Adoptée par les membres au jugement majoritaire"),
        WorkModels.outcome(judged, fr));
  }

  @Test
  void aSessionIsShownInTheTenantsTimeZone() {
    Session s = new Session(convention, "Session <1>", Instant.parse("2027-03-06T09:00:00Z"),
        Instant.parse("2027-03-06T17:00:00Z"), "Salle", "Accueil\n\nAudition d'experts");
    assertTrue(WorkModels.session(s, List.of(), ZoneId.of("Europe/Paris"), fr).when().contains("10:00"));
    assertTrue(WorkModels.session(s, List.of(), ZoneId.of("America/Martinique"), fr).when().contains("05:00"));
    String html = TemplatePreview.render("convention/session", "fr",
        Map.of("s", WorkModels.session(s, List.of(), ZoneId.of("Europe/Paris"), fr)));
    assertTrue(html.contains("<h3>Session &lt;1&gt;</h3>") && html.contains(" — Salle</p>"), html);
    assertTrue(html.contains("<p>Accueil</p><p>Audition d&#39;experts</p>"), html);
  }
}
