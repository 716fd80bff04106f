package org.parvis.modules.convention.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parvis.core.portal.views.TemplatePreview;
import org.parvis.core.portal.views.Visitor;
import org.parvis.modules.convention.application.ConventionReading.Chance;
import org.parvis.modules.convention.interfaces.web.ConventionPageModels.Answer;
import org.parvis.modules.convention.interfaces.web.ConventionPageModels.Card;
import org.parvis.modules.convention.interfaces.web.ConventionPageModels.Ceremony;
import org.parvis.modules.convention.interfaces.web.ConventionPageModels.Joined;
import org.parvis.modules.convention.interfaces.web.ConventionPageModels.Page;
import org.parvis.modules.convention.interfaces.web.ConventionPageModels.Panel;
import org.parvis.modules.convention.interfaces.web.ConventionPageModels.Progress;
import org.parvis.modules.convention.interfaces.web.ConventionPageModels.ProposalPage;
import org.parvis.modules.convention.interfaces.web.ConventionPageModels.Question;
import org.parvis.modules.convention.interfaces.web.ConventionPageModels.QuotaRow;
import org.parvis.modules.convention.interfaces.web.ConventionPageModels.VolunteerForm;
import org.parvis.modules.convention.interfaces.web.WorkModels.DocumentLink;
import org.parvis.modules.convention.interfaces.web.WorkModels.ProposalCard;
import org.parvis.modules.convention.interfaces.web.WorkModels.SessionCard;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.web.Form;
import org.parvis.spi.web.Markup;

/** Render tests of the convention's public templates with realistic view models. */
class ConventionTemplatesTest {

  static final UUID ID = UUID.fromString("0b7c1f3e-5a2d-4e6f-8a9b-1c2d3e4f5a6b");
  static final UUID PROPOSAL = UUID.fromString("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");
  private static final Texts FR = Texts.of("messages.convention", "fr");

  static final List<QuotaRow> QUOTAS = List.of(new QuotaRow("genre", "femme", "2 à 3"),
      new QuotaRow("âge", "<30 ans", "1 à 2"));

  static ProposalCard adopted(String href) {
    return new ProposalCard(PROPOSAL, "Isoler les <écoles>", href, "Adoptée par les membres (3 approbation(s) sur 4)",
        List.of("Un plan sur cinq ans.", "Priorité aux <maternelles>."), List.of("Inscrit au budget 2028."),
        List.of("Premiers travaux à l'été."), false);
  }

  static SessionCard session() {
    return new SessionCard(UUID.randomUUID(), "Première <session>", "Du 6 mars 2027 10:00 au 6 mars 2027 18:00",
        "Salle du conseil", List.of("Accueil", "Audition d'experts"),
        List.of(new DocumentLink("/files/abc", "Programme <détaillé>", "PDF")));
  }

  private static String render(String template, String language, Map<String, Object> data) {
    return TemplatePreview.render(template, language, data);
  }

  @Test
  void theListLinksEachConventionWithItsStatus() {
    String html = render("convention/index", "fr",
        Map.of("conventions", List.of(new Card(ID, "Convention <script>alert(1)</script>", "Appel à volontaires ouvert"))));
    assertTrue(html.contains("<a href=\"/convention/" + ID + "\">Convention &lt;script&gt;alert(1)&lt;/script&gt;</a>"),
        html);
    assertFalse(html.contains("<script>"), html);
    assertTrue(html.contains("<p class=\"status\">Appel à volontaires ouvert</p>"), html);
    assertTrue(render("convention/index", "en", Map.of("conventions", List.of())).contains("<p>No convention yet.</p>"));
  }

  @Test
  void aRecruitingConventionShowsItsCalendarQuotasAndTheVolunteerLink() {
    Page page = new Page(ID, "Climat", "Appel à volontaires ouvert", List.of("Comment réduire <nos> émissions ?"),
        "Appel à volontaires : du 1 décembre 2026 au 14 décembre 2026", "Tirage public : 15 décembre 2026",
        "Panel de 4 habitants tirés au sort parmi 10 volontaire(s).", QUOTAS, true, null, false, List.of(),
        List.of(), null);
    String html = render("convention/convention", "fr", Map.of("convention", page));
    assertTrue(html.contains("<p>Comment réduire &lt;nos&gt; émissions ?</p>"), html);
    assertTrue(html.contains("<li>Tirage public : 15 décembre 2026</li>"), html);
    assertTrue(html.contains("<td>âge</td><td>&lt;30 ans</td><td>1 à 2</td>"), html);
    assertTrue(html.contains("<th scope=\"col\">Sièges</th>"), html);
    assertTrue(html.contains("class=\"table-scroll\" role=\"region\""), html);
    assertTrue(html.contains("href=\"/convention/" + ID + "/volunteer\">Se porter volontaire pour le tirage</a>"), html);
    assertFalse(html.contains(FR.get("ceremony")), "no draw before the freeze: " + html);
  }

  @Test
  void aSeatedConventionShowsThePanelItsWorkAndTheWholePublicRecordOfTheDraw() {
    Markup chart = new Markup(ProbabilityChart.svg(List.of(new Chance(1, 0.4), new Chance(2, 0.4)), 1, FR));
    Ceremony ceremony = new Ceremony("/api/conventions/" + ID, FR.get("ceremony.poolHash", "ab12"),
        FR.get("ceremony.lotteryHash", 100, "cd34"), FR.get("ceremony.seed", "7 12 25 31 44", 42), true, chart,
        "deploy/bin/parvis sortition draw --algorithm leximin --panel-size 4 --categories quotas.csv --respondents"
            + " pool.csv --lottery-size 100 --seed \"7 12 25 31 44\"");
    Page page = new Page(ID, "Climat", "Panel tiré au sort et installé", List.of("Mandat"), null, null,
        "Panel de 4 habitants tirés au sort parmi 10 volontaire(s).", QUOTAS, false,
        new Panel(List.of("Léa <Dupont>", "Membre 1"), true), true, List.of(session()),
        List.of(adopted("/convention/" + ID + "/proposals/" + PROPOSAL)), ceremony);
    String html = render("convention/convention", "fr", Map.of("convention", page));
    assertTrue(html.contains("<li>Léa &lt;Dupont&gt;</li>"), html);
    assertTrue(html.contains(FR.get("panel.unnamedNote").replace("'", "&#39;")), html);
    assertTrue(html.contains("href=\"/convention/space/" + ID + "\""), html);
    assertTrue(html.contains("Programme &lt;détaillé&gt;</a> (PDF)"), html);
    assertTrue(html.contains("Audition d&#39;experts"), html);
    assertTrue(html.contains("<a href=\"/convention/" + ID + "/proposals/" + PROPOSAL + "\">Isoler les &lt;écoles&gt;</a></h3>"),
        html);
    assertTrue(html.contains("<li>Empreinte (SHA-256) du vivier clos et des quotas : ab12</li>"), html);
    assertTrue(html.contains("<li>Empreinte (SHA-256) des 100 panels publiés : cd34</li>"), html);
    assertTrue(html.contains("<li>Graine publique : 7 12 25 31 44 — le panel numéro 42 a été tiré.</li>"), html);
    for (String file : List.of("pool.csv", "quotas.csv", "lottery.txt")) {
      assertTrue(html.contains("href=\"/api/conventions/" + ID + "/" + file + "\""), file + ": " + html);
    }
    assertTrue(html.contains("<figure><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\""), "chart drawn: " + html);
    assertTrue(html.contains("Volontaire 1 : 40,0 %"), html);
    assertTrue(html.contains("<pre><code>deploy/bin/parvis sortition draw --algorithm leximin --panel-size 4"
        + " --categories quotas.csv --respondents pool.csv --lottery-size 100 --seed &quot;7 12 25 31 44&quot;</code></pre>"),
        html);
  }

  private static VolunteerForm volunteerForm(boolean openToAll) {
    return new VolunteerForm(ID, true, openToAll, List.of(
        new Question("q0", "genre", List.of(new Answer("q0-0", "femme"), new Answer("q0-1", "homme"))),
        new Question("q1", "<âge>", List.of(new Answer("q1-0", "jeune"), new Answer("q1-1", "âgé")))));
  }

  @Test
  void theVolunteerFormLabelsEveryFieldAndGroupsEachQuestion() {
    String html = render("convention/volunteer", "fr", Map.of("volunteer", volunteerForm(true)));
    for (String id : List.of("lastName", "firstNames", "birthDate", "email", "q0-0", "q0-1", "q1-0", "q1-1",
        "invitationCode", "consent", "publishName")) {
      assertTrue(html.contains("<label for=\"" + id + "\">"), "a label for " + id + ": " + html);
    }
    assertTrue(html.contains("<legend>genre</legend>") && html.contains("<legend>&lt;âge&gt;</legend>"), html);
    assertTrue(html.contains("aria-describedby=\"birthDate-hint\""), html);
    assertTrue(html.contains("name=\"csrf\""), html);
    assertTrue(html.contains("(si vous en avez reçu une)"), html);
    assertTrue(render("convention/volunteer", "fr", Map.of("volunteer", volunteerForm(false)))
        .contains("Code de votre lettre d&#39;invitation</label>"), "required code without the optional mark");
  }

  @Test
  void aRefusedApplicationIsShownInFrenchWithEverythingTypedKept() {
    Form form = Form.prefilled(Map.of("lastName", "Dupont <x>", "firstNames", "Léa", "birthDate", "1980-01-05",
        "q0", "homme", "q1", "âgé", "consent", "on"));
    form.refuse(new ProblemException(409, "urn:parvis:problem:already-volunteered", "Conflict", "English detail"));
    Map<String, Object> data = new HashMap<>();
    data.put("volunteer", volunteerForm(true));
    String html = TemplatePreview.render("convention/volunteer", "fr", form, Visitor.ANONYMOUS, data);
    assertTrue(html.contains("role=\"alert\"") && html.contains("déjà dans le vivier"), html);
    assertFalse(html.contains("English detail"), html);
    assertTrue(html.contains("value=\"Dupont &lt;x&gt;\"") && html.contains("value=\"1980-01-05\""), html);
    assertTrue(html.contains("id=\"q0-1\" value=\"homme\" checked"), html);
    assertTrue(html.contains("name=\"consent\" id=\"consent\" checked"), html);
  }

  @Test
  void aMissingAnswerIsLinkedFromTheSummaryToItsQuestion() {
    Form form = Form.prefilled(Map.of("lastName", "Dupont"));
    form.choice("q1", List.of("jeune", "âgé"));
    form.refuse("consent", "form.consentMissing");
    String html = TemplatePreview.render("convention/volunteer", "en", form, Visitor.ANONYMOUS,
        Map.of("volunteer", volunteerForm(true)));
    assertTrue(html.contains("<a href=\"#q1\">"), html);
    assertTrue(html.contains("<fieldset id=\"q1\" class=\"field-invalid\">"), html);
    assertTrue(html.contains("Give your consent to join the pool."), html);
  }

  @Test
  void aClosedConventionSaysItAcceptsNoVolunteer() {
    String html = render("convention/volunteer", "fr",
        Map.of("volunteer", new VolunteerForm(ID, false, true, List.of())));
    assertTrue(html.contains("n&#39;accepte pas de volontaires") && !html.contains("<form"), html);
  }

  @Test
  void theNewVolunteerSeesTheirNumberAndWithdrawalCodeOnce() {
    String html = render("convention/joined", "fr", Map.of("joined", new Joined(FR.get("joined.number", 7),
        FR.get("joined.withdrawal", "k3y<"))));
    assertTrue(html.contains("<p role=\"status\">Votre numéro dans le vivier : 7.</p>"), html);
    assertTrue(html.contains("k3y&lt;"), html);
  }

  @Test
  void aPublishedProposalShowsItsResultAndTheCommunesResponse() {
    String html = render("convention/proposal-page", "fr",
        Map.of("page", new ProposalPage(ID, "Climat <2027>", adopted(null), false)));
    assertTrue(html.contains("<a href=\"/convention/" + ID + "\">Climat &lt;2027&gt;</a>"), html);
    assertTrue(html.contains("<p>Priorité aux &lt;maternelles&gt;.</p>"), html);
    assertTrue(html.contains("<h4>Réponse de la commune</h4>") && html.contains("Premiers travaux à l&#39;été."), html);
    String waiting = render("convention/proposal-page", "fr", Map.of("page", new ProposalPage(ID, "Climat",
        new ProposalCard(PROPOSAL, "T", null, "Non adoptée", List.of("B"), List.of(), List.of(), false), true)));
    assertTrue(waiting.contains("pas encore publié sa réponse"), waiting);
    assertFalse(waiting.contains("<h4>"), waiting);
  }

  @Test
  void theComputationShowsItsProgress() {
    String html = render("convention/computation", "fr", Map.of("progress",
        new Progress("Calcul en cours…", 40, 12, 40, "12 probabilités fixées sur 40, 87 panels explorés")));
    assertTrue(html.contains("<p role=\"status\">Calcul en cours…</p>"), html);
    assertTrue(html.contains("<label for=\"leximin-progress\">"), html);
    assertTrue(html.contains("<progress id=\"leximin-progress\" max=\"40\" value=\"12\">12/40</progress>"), html);
  }
}
