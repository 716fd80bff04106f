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
import org.parvis.modules.convention.interfaces.web.ConsolePageModels.Dashboard;
import org.parvis.modules.convention.interfaces.web.ConsolePageModels.MemberList;
import org.parvis.modules.convention.interfaces.web.ConsolePageModels.PoolRow;
import org.parvis.modules.convention.interfaces.web.ConsolePageModels.Steps;
import org.parvis.modules.convention.interfaces.web.ConventionPageModels.Card;
import org.parvis.modules.convention.interfaces.web.PanelWorkPageModels.Ballot;
import org.parvis.modules.convention.interfaces.web.PanelWorkPageModels.Choice;
import org.parvis.modules.convention.interfaces.web.PanelWorkPageModels.MemberProposal;
import org.parvis.modules.convention.interfaces.web.PanelWorkPageModels.Space;
import org.parvis.modules.convention.interfaces.web.PanelWorkPageModels.Work;
import org.parvis.modules.convention.interfaces.web.PanelWorkPageModels.WorkProposal;
import org.parvis.modules.convention.interfaces.web.WorkModels.ProposalCard;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.web.Form;

/** Render tests of the members' space, the panel's work page and the administrators' console. */
class AdministrationTemplatesTest {

  private static final UUID ID = ConventionTemplatesTest.ID;
  private static final UUID P = ConventionTemplatesTest.PROPOSAL;
  private static final Texts FR = Texts.of("messages.convention", "fr");

  private static String render(String template, Form form, Map<String, Object> data) {
    return TemplatePreview.render(template, "fr", form, Visitor.ANONYMOUS, new HashMap<>(data));
  }

  private static ProposalCard draft(String title) {
    return new ProposalCard(P, title, null, "Proposition en cours de rédaction par les membres",
        List.of("Relier les quartiers."), List.of(), List.of(), false);
  }

  @Test
  void aMemberSeesTheirBallotWithTheCurrentChoiceAndTheDraftForm() {
    Ballot ballot = new Ballot("Votre vote sur « Isoler <les> écoles »", List.of(
        new Choice("approve", "yes", "approve-yes-" + P, "J'approuve", true),
        new Choice("approve", "no", "approve-no-" + P, "Je n'approuve pas", false)), true);
    Space space = new Space(ID, "Vous siégez au panel (numéro 3).", List.of(ConventionTemplatesTest.session()),
        List.of(new MemberProposal(new ProposalCard(P, "Isoler <les> écoles", "/convention/" + ID + "/proposals/" + P,
            "Vote des membres en cours", List.of("Un plan."), List.of(), List.of(), true), ballot)));
    String html = render("convention/space", Form.empty(), Map.of("space", space));
    assertTrue(html.contains("action=\"/convention/space/" + ID + "/proposals/" + P + "/vote\""), html);
    assertTrue(html.contains("<legend>Votre vote sur « Isoler &lt;les&gt; écoles »</legend>"), html);
    assertTrue(html.contains("id=\"approve-yes-" + P + "\" value=\"yes\" checked"), html);
    assertTrue(html.contains("<label for=\"approve-no-" + P + "\">"), html);
    assertTrue(html.contains(FR.get("space.voted").replace("'", "&#39;")), html);
    assertTrue(html.contains("<label for=\"title\">") && html.contains("<label for=\"body\">"), html);
    assertTrue(html.contains("Programme &lt;détaillé&gt;</a> (PDF)"), html);
  }

  @Test
  void aRefusedDraftKeepsWhatTheMemberTyped() {
    Form form = Form.prefilled(Map.of("title", "", "body", "Un <texte> sans titre"));
    form.text("title", 200);
    Space space = new Space(ID, "Vous siégez au panel (numéro 3).", List.of(), List.of());
    String html = render("convention/space", form, Map.of("space", space));
    assertTrue(html.contains("role=\"alert\"") && html.contains("<a href=\"#title\">Titre de la proposition : Ce champ est obligatoire.</a>"),
        html);
    assertTrue(html.contains(">Un &lt;texte&gt; sans titre</textarea>"), html);
    assertTrue(html.contains(FR.get("work.noSession").replace("'", "&#39;")) && html.contains(FR.get("work.noProposal").replace("'", "&#39;")), html);
  }

  private static Work work(ProposalCard card, boolean openable, boolean closable, boolean answerable) {
    return new Work(ID, "Panel tiré au sort et installé", true, List.of(ConventionTemplatesTest.session()),
        List.of(new WorkProposal(card, openable, closable, answerable,
            List.of(new Choice("method", "APPROVAL", "method-APPROVAL-" + P, "Vote par approbation", true),
                new Choice("method", "MAJORITY_JUDGMENT", "method-MAJORITY_JUDGMENT-" + P, "Jugement", false)),
            "50", List.of(new Choice("minimumGrade", "FAIR", "minimumGrade-" + P, "Passable", true)),
            "Le conseil <l'inscrit>", "")));
  }

  @Test
  void theWorkPageOffersTheFormEachProposalsStatusAllows() {
    String html = render("convention/work", Form.empty(), Map.of("work", work(draft("Pistes <cyclables>"), true,
        false, false)));
    assertTrue(html.contains("Pistes &lt;cyclables&gt;</h3>"), html);
    assertTrue(html.contains("action=\"/convention/admin/work/" + ID + "/proposals/" + P + "/opening\""), html);
    assertTrue(html.contains("<label for=\"threshold-" + P + "\">") && html.contains("value=\"50\""), html);
    assertTrue(html.contains("<option value=\"FAIR\" selected>Passable</option>"), html);
    assertTrue(html.contains("enctype=\"multipart/form-data\"") && html.contains("name=\"file\" required"), html);
    assertTrue(html.contains("<label for=\"startsAt\">") && html.contains("type=\"datetime-local\""), html);
    assertTrue(html.contains("<label for=\"confirm\">"), html);
    assertFalse(html.contains("/closing\"") || html.contains("/response\""), html);

    String voted = render("convention/work", Form.empty(), Map.of("work", work(draft("T"), false, false, true)));
    assertTrue(voted.contains("<input type=\"hidden\" name=\"proposal\" value=\"" + P + "\">"), voted);
    assertTrue(voted.contains(">Le conseil &lt;l&#39;inscrit&gt;</textarea>"), voted);
  }

  @Test
  void aRefusedSessionIsShownWithWhatWasTyped() {
    Form form = Form.prefilled(Map.of("title", "Première session", "startsAt", "2027-03-06T10:00",
        "endsAt", "2027-03-06T09:00", "place", "Salle <du> conseil"));
    form.refuse("endsAt", "work.error.when");
    String html = render("convention/work", form, Map.of("work", work(draft("T"), false, true, false)));
    assertTrue(html.contains("<a href=\"#endsAt\">Fin : Donnez le début et la fin"), html);
    assertTrue(html.contains("value=\"Salle &lt;du&gt; conseil\""), html);
    assertTrue(html.contains("/closing\""), html);
  }

  @Test
  void anUploadOfTheWrongTypeIsRefusedInFrench() {
    Form form = Form.prefilled(Map.of("caption", "Faux"));
    form.refuse(new ProblemException(415, "urn:parvis:problem:file-type-not-accepted", "Unsupported", "Only JPEG"));
    String html = render("convention/work", form, Map.of("work", work(draft("T"), false, false, false)));
    assertTrue(html.contains("role=\"alert\"") && html.contains("Seuls les fichiers PDF"), html);
    assertFalse(html.contains("Only JPEG"), html);
  }

  private static Dashboard dashboard(Steps steps, boolean seated, List<MemberList> members) {
    return new Dashboard(ID, "Appel à volontaires ouvert", "Panel de 4 membres, loterie de 100 panels ; 10 volontaires"
        + " dans le vivier.", seated, List.of(new PoolRow("gender", "female", "2 à 2", 5, 2),
        new PoolRow("âge", "<30", "1 à 3", 1234, 1)), steps, members);
  }

  @Test
  void theConsoleShowsThePoolAgainstTheQuotasAndTheNextStep() {
    Steps recruiting = new Steps(false, true, false, false, false, null, List.of(), List.of(), null);
    String html = render("convention/console", Form.empty(), Map.of("dash", dashboard(recruiting, false, List.of())));
    assertTrue(html.contains("<td>gender</td><td>female</td><td>2 à 2</td><td>5</td></tr>"), html);
    assertTrue(html.contains("<td>&lt;30</td><td>1 à 3</td><td>1\u202f234</td>"), html);
    assertTrue(html.contains("action=\"/convention/admin/" + ID + "/freeze\""), html);
    assertTrue(html.contains("action=\"/convention/admin/" + ID + "/invitations\"") && html.contains("<label for=\"count\">"),
        html);
    assertTrue(html.contains("class=\"table-scroll\" role=\"region\""), html);
    assertFalse(html.contains("members-seated") || html.contains("/recruitment\""), html);

    Steps frozen = new Steps(false, false, true, false, false, "Aucun panel ne respecte les quotas.", List.of("genre = femme : de 3 à 3 sièges à 2 à 3 sièges"), List.of(), null);
    String computing = render("convention/console", Form.empty(), Map.of("dash", dashboard(frozen, false, List.of())));
    assertTrue(computing.contains("<p>Aucun panel ne respecte les quotas. <a href=\"/convention/" + ID + "/computation\">"),
        computing);
    assertTrue(computing.contains("<li>genre = femme : de 3 à 3 sièges à 2 à 3 sièges</li>"), computing);
    assertTrue(computing.contains("/publication\"") && computing.contains("/computation\"><input"), computing);
  }

  @Test
  void aDrawRefusedBeforePublicationIsExplainedInFrench() {
    Form form = Form.prefilled(Map.of("seed", "trop <tôt>"));
    form.refuse(new ProblemException(409, "urn:parvis:problem:convention-wrong-status", "Conflict", "Wrong status"));
    Steps published = new Steps(false, false, false, true, false, null, List.of(), List.of(), null);
    String html = render("convention/console", form, Map.of("dash", dashboard(published, false, List.of())));
    assertTrue(html.contains("role=\"alert\"") && html.contains("Cette étape n&#39;est pas possible"), html);
    assertTrue(html.contains("value=\"trop &lt;tôt&gt;\""), html);
    assertFalse(html.contains("Wrong status"), html);
  }

  @Test
  void aSeatedConventionListsItsMembersAndTheReplacementRounds() {
    Steps seated = new Steps(false, false, false, false, true, null, List.of(), List.of("Tour 1 : loterie publiée."), 1);
    List<MemberList> members = List.of(new MemberList(null, "members-seated", List.of("N° 3 — Léa <Dupont> (female)")),
        new MemberList("Suppléants", "members-not_selected", List.of()), new MemberList("Membres partis",
            "members-left", List.of("N° 7 — — (male)")));
    String html = render("convention/console", Form.empty(), Map.of("dash", dashboard(seated, true, members)));
    assertTrue(html.contains("<ul class=\"members-seated\">") && html.contains("<li>N° 3 — Léa &lt;Dupont&gt; (female)</li>"),
        html);
    assertTrue(html.contains("<h3>Suppléants</h3>") && html.contains("<p>Personne.</p>"), html);
    assertTrue(html.contains("<input type=\"hidden\" name=\"round\" value=\"1\">"), html);
    assertTrue(html.contains("Tirer les remplaçants du tour 1"), html);
    assertTrue(html.contains("href=\"/convention/admin/work/" + ID + "\""), html);
    assertTrue(html.contains("<th scope=\"col\">Membres installés</th>") && html.contains("<td>2</td></tr>"), html);
  }

  @Test
  void theCreationFormLabelsEveryQuotaCellAndKeepsWhatWasTyped() {
    ConsolePageModels models = new ConsolePageModels();
    Form form = Form.prefilled(Map.of("title", "Convention <climat>", "quotaMode", "bands", "category-0", "gender",
        "min-0", "trois"));
    form.wholeNumber("min-0", 0, 1000);
    form.refuse("quotas", "admin.error.setup");
    String html = render("convention/new", form, Map.of("rows", models.quotaTable(), "columns",
        models.quotaColumns(FR), "modes", models.quotaModes(FR)));
    assertTrue(html.contains("value=\"Convention &lt;climat&gt;\""), html);
    assertTrue(html.contains("id=\"min-0\" name=\"min-0\" aria-labelledby=\"col-min row-0\" value=\"trois\" aria-invalid=\"true\""),
        html);
    assertTrue(html.contains("<a href=\"#min-0\">") && html.contains("<a href=\"#quotas\">"), html);
    assertTrue(html.contains("<fieldset id=\"quotas\">"), html);
    assertTrue(html.contains("id=\"quotaMode-bands\" value=\"bands\" checked"), html);
    assertTrue(html.contains("<th scope=\"col\" id=\"col-share\">Part de la population</th>"), html);
    assertTrue(html.contains("id=\"share-9\""), html);
    assertTrue(html.contains("<label for=\"drawDate\">"), html);
  }

  @Test
  void theListAndTheOneTimeCodes() {
    String list = render("convention/admin-list", Form.empty(),
        Map.of("conventions", List.of(new Card(ID, "Climat <2027>", "En préparation"))));
    assertTrue(list.contains("<a href=\"/convention/admin/" + ID + "\">Climat &lt;2027&gt;</a> — En préparation"), list);
    String codes = render("convention/codes", Form.empty(), Map.of("id", ID, "once", FR.get("admin.codes.once", 2),
        "codes", List.of("ABCD-1234", "EFGH-5678")));
    assertTrue(codes.contains("<p role=\"status\">Voici 2 codes") && codes.contains("<li><code>EFGH-5678</code></li>"),
        codes);
  }
}
