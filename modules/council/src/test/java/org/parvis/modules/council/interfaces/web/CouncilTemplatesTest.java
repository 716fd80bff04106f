package org.parvis.modules.council.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parvis.core.portal.views.TemplatePreview;
import org.parvis.core.portal.views.Visitor;
import org.parvis.modules.council.interfaces.web.PublicPageModels.Attendance;
import org.parvis.modules.council.interfaces.web.PublicPageModels.CollegeLine;
import org.parvis.modules.council.interfaces.web.PublicPageModels.Member;
import org.parvis.modules.council.interfaces.web.PublicPageModels.Published;
import org.parvis.modules.council.interfaces.web.PublicPageModels.Report;
import org.parvis.modules.council.interfaces.web.PublicPageModels.ReportLine;
import org.parvis.modules.council.interfaces.web.PublicPageModels.Result;
import org.parvis.modules.council.interfaces.web.SpacePageModels.Amendment;
import org.parvis.modules.council.interfaces.web.SpacePageModels.Attendee;
import org.parvis.modules.council.interfaces.web.SpacePageModels.Comment;
import org.parvis.modules.council.interfaces.web.SpacePageModels.Contribution;
import org.parvis.modules.council.interfaces.web.SpacePageModels.Draft;
import org.parvis.modules.council.interfaces.web.SpacePageModels.Home;
import org.parvis.modules.council.interfaces.web.SpacePageModels.Meeting;
import org.parvis.modules.council.interfaces.web.SpacePageModels.MeetingPage;
import org.parvis.modules.council.interfaces.web.SpacePageModels.Option;
import org.parvis.modules.council.interfaces.web.SpacePageModels.Referral;
import org.parvis.modules.council.interfaces.web.SpacePageModels.Section;
import org.parvis.modules.council.interfaces.web.SpacePageModels.Vote;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.web.Form;

/** The council's templates rendered with realistic view models: escaping, labels, forms shown again. */
class CouncilTemplatesTest {

  private static final String SCRIPT = "Avis <script>alert(1)</script>";
  private static final String ESCAPED = "Avis &lt;script&gt;alert(1)&lt;/script&gt;";
  private static final UUID C = UUID.fromString("6f1c2a8e-1d2b-4c3a-9e8f-0a1b2c3d4e5f");
  private static final UUID S = UUID.fromString("11111111-2222-3333-4444-555555555555");
  private static final UUID A = UUID.fromString("aaaaaaaa-2222-3333-4444-555555555555");
  private static final UUID M = UUID.fromString("bbbbbbbb-2222-3333-4444-555555555555");
  private static final Instant START = Instant.parse("2027-03-12T17:30:00Z");
  private static final Result RESULT = new Result("Résultat du vote",
      "Adopté par majorité, dans chaque collège : 3 pour, 0 contre, 0 abstention(s) ou retrait(s).",
      List.of(new CollegeLine("Collège Citoyens : 2 pour, 0 contre, 0 abstention(s) ou retrait(s)",
          "adopté dans ce collège")));

  private static String render(String template, Form form, Map<String, Object> data) {
    return TemplatePreview.render(template, "fr", form, Visitor.ANONYMOUS, data);
  }

  private static Map<String, Object> page(String refused, Object... pairs) {
    Map<String, Object> data = new HashMap<>();
    data.put("refused", refused);
    data.put("notice", null);
    for (int i = 0; i < pairs.length; i += 2) {
      data.put((String) pairs[i], pairs[i + 1]);
    }
    return data;
  }

  @Test
  void theMembersPageShowsConsentingMembersEscaped() {
    String html = TemplatePreview.render("council/members", "fr", Map.of("members", List.of(
        new Member("Anna <b>", "CCI du Grand Pays", "Acteurs économiques", List.of("Membre du bureau"),
            List.of("Habitante du Val")))));
    assertTrue(html.contains("<h2>Anna &lt;b&gt;</h2>"), html);
    assertTrue(html.contains("<p class=\"role\">Membre du bureau</p>") && html.contains("Collège : Acteurs"), html);
    assertTrue(html.contains("href=\"/council/space\""), html);
    String none = TemplatePreview.render("council/members", "en", Map.of("members", List.of()));
    assertFalse(none.contains("<ul"), none);
  }

  @Test
  void publishedContributionsShowTheResultAndTheResponse() {
    String html = TemplatePreview.render("council/contributions", "fr", Map.of("contributions", List.of(
        new Published(C, SCRIPT, List.of(new PublicPageModels.Section("Mobilités", List.of("Des bus."))), RESULT,
            true, List.of("Merci."), "Ajout des lignes de bus 12 et 14"))));
    assertTrue(html.contains(ESCAPED) && !html.contains("<script>"), html);
    assertTrue(html.contains("Adopté par majorité, dans chaque collège : 3 pour, 0 contre"), html);
    assertTrue(html.contains("<li>Collège Citoyens : 2 pour, 0 contre, 0 abstention(s) ou retrait(s)</li>"), html);
    assertTrue(html.contains("Ajout des lignes de bus 12 et 14"), html);
  }

  @Test
  void theReportIsATableWithHeadersInsideItsOwnScrollingBox() {
    Report report = new Report(2027, 3, 1, 2, List.of(new Attendance("Citoyens", 2, 1, 50)),
        new Attendance(null, 2, 1, 50), 1, 1, 1, 0, 1, 1,
        List.of(new ReportLine(SCRIPT, "réponse reçue", "Ajout des lignes de bus 12 et 14")));
    String html = TemplatePreview.render("council/report", "fr", Map.of("report", report));
    assertTrue(html.contains("<th scope=\"row\">Citoyens</th><td class=\"number\">2</td>"), html);
    assertTrue(html.contains("50 %") && html.contains("Tous les collèges"), html);
    assertTrue(html.contains("class=\"table-scroll\" role=\"region\""), html);
    assertTrue(html.contains("<th scope=\"row\">" + ESCAPED + "</th>"), html);
    assertTrue(html.contains("href=\"/api/council/reports/2027.csv\""), html);
  }

  private static Home home() {
    return new Home("Bonjour Denis, voici le travail en cours du conseil.",
        List.of(new Referral(C, "Tiers-lieux", "avis attendu au plus tard le 5 février 2027 (auto-saisine proposée)",
            List.of("Comment soutenir les tiers-lieux ?"), true, "decide-referral-" + C)),
        List.of(new Option("", "Aucune (initiative du conseil)", true), new Option(S.toString(), "Plan climat", false)),
        List.of("Mobilités rurales"), List.of(new Draft(A, SCRIPT, "en rédaction")),
        List.of(new Meeting(M, "Atelier ouvert : covoiturage", START, "Médiathèque", null,
            List.of("Cartes des trajets"), "Atelier ouvert : 1 inscrit(s) sur 2 places.", "register-" + M)),
        "Denis");
  }

  @Test
  void theSpaceHomeOffersEachFormWithItsOwnLabelledFields() {
    String html = render("council/space", Form.empty(), page(CouncilForms.NONE, "home", home()));
    assertTrue(html.contains("<label for=\"propose-deadline\">"), html);
    assertTrue(html.contains("<label for=\"open-title\">") && html.contains("<label for=\"open-referral\">"), html);
    assertTrue(html.contains("Retenir « Tiers-lieux »"), html);
    assertTrue(html.contains("href=\"/council/space/contributions/" + A + "\">" + ESCAPED + "</a>"), html);
    assertTrue(html.contains("<a href=\"/council/meetings/" + M + ".ics\" download>"), html);
    assertTrue(html.contains("<time datetime=\"2027-03-12T18:30") && html.contains("12 mars 2027"), html);
    assertTrue(html.contains("id=\"register-" + M + "-name\" name=\"name\" type=\"text\" value=\"Denis\""), html);
    assertFalse(html.contains("role=\"alert\""), html);
    assertEquals(4, html.split("name=\"csrf\"", -1).length - 1, "one token per form: " + html);
  }

  @Test
  void aRefusedProposalComesBackAloneWithWhatWasTypedAndItsMessage() {
    Form form = Form.prefilled(Map.of("title", "Tiers-lieux", "question", "Comment soutenir <les> tiers-lieux ?",
        "deadline", "bientôt"));
    form.date("deadline");
    String html = render("council/space", form, page("propose", "home", home()));
    assertTrue(html.contains("role=\"alert\"") && html.contains("href=\"#deadline\""), html);
    assertTrue(html.contains(">Comment soutenir &lt;les&gt; tiers-lieux ?</textarea>"), html);
    assertTrue(html.contains("<input id=\"deadline\" name=\"deadline\" type=\"date\" value=\"bientôt\""), html);
    assertTrue(html.contains("aria-invalid=\"true\""), html);
    assertTrue(html.contains("id=\"open-title\" name=\"title\" type=\"text\" value=\"\""),
        "the other form with a title field stays empty: " + html);
  }

  private static Contribution contribution(boolean drafting, boolean pen, Vote vote) {
    Section section = new Section(S, "Mobilités <rurales>", List.of("Développer le covoiturage."),
        "Développer le covoiturage.", List.of(new Comment("anna", "Et les bus ?")),
        List.of(new Amendment(A, "Proposé par bruno (en attente de décision)", List.of("Et des bus."),
            "Motif : suite au commentaire", pen, "decide-" + A)),
        "comment-" + S, "Votre commentaire sur « Mobilités <rurales> »", "amend-" + S,
        "Texte proposé pour « Mobilités <rurales> »");
    return new Contribution(C, SCRIPT, "État : en rédaction. Plume : chloe.", drafting, pen, List.of(section),
        vote == null ? null : RESULT, vote);
  }

  @Test
  void aDraftShowsSectionsCommentsAndTheFormsOfTheStage() {
    String html = render("council/contribution", Form.empty(), page(CouncilForms.NONE, "c",
        contribution(true, false, null)));
    assertTrue(html.contains("<h2 id=\"section-" + S + "\">Mobilités &lt;rurales&gt;</h2>"), html);
    assertTrue(html.contains("<strong>anna</strong> : Et les bus ?"), html);
    assertTrue(html.contains("<label for=\"comment-" + S + "\">"), html);
    assertTrue(html.contains("<label for=\"amend-" + S + "-text\">"), html);
    assertTrue(html.contains(">Développer le covoiturage.</textarea>"), "the amendment starts from the text");
    assertFalse(html.contains("value=\"accept\""), "only the pen holder decides amendments");
    assertFalse(html.contains("/vote\""), "only the pen holder opens the vote");
    String pen = render("council/contribution", Form.empty(), page(CouncilForms.NONE, "c",
        contribution(true, true, null)));
    assertTrue(pen.contains("value=\"accept\"") && pen.contains("action=\"/council/space/contributions/" + C
        + "/vote\""), pen);
  }

  @Test
  void aRefusedAmendmentKeepsItsTextAndLeavesTheCommentFormEmpty() {
    Form form = Form.prefilled(Map.of("text", "Mon <texte>", "reason", " "));
    form.paragraphs("text", 100);
    form.paragraphs("reason", 100);
    String html = render("council/contribution", form, page("amend-" + S, "c", contribution(true, false, null)));
    assertTrue(html.contains(">Mon &lt;texte&gt;</textarea>"), html);
    assertEquals(1, html.split("Mon &lt;texte&gt;", -1).length - 1, "only in the refused form: " + html);
    assertTrue(html.contains("href=\"#reason\"") && html.contains("id=\"reason\""), html);
  }

  @Test
  void aDomainRefusalWithoutItsFormOnThePageIsAnnouncedAtTheTop() {
    Form form = Form.prefilled(Map.of("decision", "accept"));
    form.refuse(new ProblemException(422, "urn:parvis:problem:council-step-not-allowed", "Conflict",
        "seul le porteur de plume ou un animateur fait cela"));
    String html = render("council/contribution", form, page("decide-" + A, "c", contribution(true, false, null)));
    assertTrue(html.contains("role=\"alert\"") && html.contains("seul le porteur de plume"), html);
  }

  @Test
  void theVoteOffersTheChoicesOfTheRuleWithTheMembersVoteChecked() {
    Vote vote = new Vote("Votre vote (adoption par majorité, dans chaque collège)", "Vous avez voté : Contre.",
        List.of(new Option("FOR", "Pour", false), new Option("AGAINST", "Contre", true),
            new Option("ABSTAIN", "Abstention", false)));
    String html = render("council/contribution", Form.empty(), page(CouncilForms.NONE, "c",
        contribution(false, true, vote)));
    assertTrue(html.contains("<label for=\"choice-FOR\">Pour</label>"), html);
    assertTrue(html.contains("id=\"choice-AGAINST\" name=\"choice\" value=\"AGAINST\" checked"), html);
    assertTrue(html.contains("<legend>Votre vote"), html);
    assertTrue(html.contains("adopté dans ce collège"), html);
    assertTrue(html.contains("/vote/close\""), "the pen holder closes the vote");
    assertFalse(html.contains("/comments\""), "no comment once the text is fixed");
  }

  @Test
  void theMeetingKitShowsTheAttendanceSheetToOrganisersWhileRunning() {
    MeetingPage running = new MeetingPage(M, START, "Kit d'atelier : animer", "RUNNING", List.of("1. Cartes"),
        "1. Cartes", true, List.of(new Attendee(A, "anna", true), new Attendee(S, "bruno <b>", false)), List.of(),
        List.of());
    String html = render("council/meeting", Form.empty(), page(CouncilForms.NONE, "meeting", running));
    assertTrue(html.contains("<label for=\"present-" + A + "\">anna</label>"), html);
    assertTrue(html.contains("name=\"present-" + A + "\" value=\"on\" checked"), html);
    assertTrue(html.contains("<legend>Qui est présent ?</legend>") && html.contains("bruno &lt;b&gt;"), html);
    assertTrue(html.contains("<label for=\"minutes\">"), html);
    MeetingPage preparing = new MeetingPage(M, START, "Kit d'atelier : préparer", "PREPARING", List.of("1. Cartes"),
        "1. Cartes", true, List.of(), List.of(), List.of());
    String kit = render("council/meeting", Form.empty(), page(CouncilForms.NONE, "meeting", preparing));
    assertTrue(kit.contains("<label for=\"agenda\">") && kit.contains(">1. Cartes</textarea>"), kit);
    assertTrue(kit.contains("/start\""), kit);
    MeetingPage readOnly = new MeetingPage(M, START, "Kit d'atelier : préparer", "PREPARING", List.of(), "", false,
        List.of(), List.of(), List.of());
    assertFalse(render("council/meeting", Form.empty(), page(CouncilForms.NONE, "meeting", readOnly))
        .contains("<form"), "members who do not organise only read");
    MeetingPage concluded = new MeetingPage(M, START, "Kit d'atelier : conclu", "CONCLUDED", List.of(), "", true,
        List.of(), List.of("Trois trajets retenus."), List.of("anna"));
    String done = render("council/meeting", Form.empty(), page(CouncilForms.NONE, "meeting", concluded));
    assertTrue(done.contains("<p>Trois trajets retenus.</p>") && done.contains("<li>anna</li>"), done);
  }

  private static AdministrationPageModels.Console console() {
    var council = new AdministrationPageModels.CouncilFields(true, "Conseil <Val>", "Val d'Orge", "4", "60",
        List.of(new Option("CONSENT", "Par consentement", false), new Option("MAJORITY", "À la majorité", true)),
        List.of(new Option("OVERALL", "Sur l'ensemble du conseil", false),
            new Option("PER_COLLEGE", "Dans chaque collège", true)));
    return new AdministrationPageModels.Console(council,
        List.of("Collège Citoyens : 1 siège(s), 1 occupé(s), vote"), true,
        List.of("Charte : version 1 en vigueur", "Règlement intérieur : aucune version publiée"),
        List.of(new Option("CHARTER", "Charte", true), new Option("INTERNAL_RULES", "Règlement intérieur", false)),
        List.of(new AdministrationPageModels.MemberLine(A, "Anna — collège Citoyens, volontaire", true,
            "Mettre fin au mandat de Anna")),
        true, "Le mandat commence aujourd'hui et dure 4 an(s).",
        List.of(new Option(C.toString(), "Citoyens", false)),
        List.of(new Option("DESIGNATED", "désigné par une organisation", true),
            new Option("VOLUNTEER", "volontaire", false)),
        List.of(new Option("role-BUREAU", "Membre du bureau", false)), false,
        List.of(new AdministrationPageModels.ReferralLine("Plan de mobilité — avis attendu avant le 21 janvier 2027",
            List.of(new AdministrationPageModels.Link("/files/" + S, "Document 1 de « Plan de mobilité »")))),
        List.of(new AdministrationPageModels.Group(M, "Mobilités <rurales>", "Membres : Anna",
            List.of(new Option(A.toString(), "Bruno", false)), "Ajouter au groupe « Mobilités »")),
        List.of(new Option("", "Aucune saisine", true), new Option(S.toString(), "Plan de mobilité", false)));
  }

  @Test
  void theConsoleHasOneLabelledFormPerTaskFilledWithTheCouncil() {
    String html = render("council/administration", Form.empty(), page(CouncilForms.NONE, "console", console()));
    assertTrue(html.contains("<label for=\"council-name\">"), html);
    assertTrue(html.contains("value=\"Conseil &lt;Val&gt;\""), html);
    assertTrue(html.contains("<option value=\"MAJORITY\" selected>"), html);
    assertTrue(html.contains("<label for=\"college-name\">") && html.contains("<label for=\"group-name\">"), html);
    assertTrue(html.contains("<legend>Rôles</legend>"), html);
    assertTrue(html.contains("enctype=\"multipart/form-data\""), html);
    assertTrue(html.contains("action=\"/council/administration/members/" + A + "/end\""), html);
    assertTrue(html.contains("<h3 id=\"group-" + M + "\">Mobilités &lt;rurales&gt;</h3>"), html);
    assertTrue(html.contains("Membres : Anna"), html);
    String first = render("council/administration", Form.empty(), page(CouncilForms.NONE, "console",
        new AdministrationPageModels.Console(new AdministrationPageModels.CouncilFields(false, "", "", "3", "50",
            List.of(), List.of()), List.of(), true, List.of(), List.of(), List.of(), false, null, List.of(),
            List.of(), List.of(), false, List.of(), List.of(), List.of())));
    assertTrue(first.contains("Le conseil n&#39;est pas encore créé") && !first.contains("admin-colleges"), first);
  }

  @Test
  void aRefusedAppointmentKeepsWhatWasTypedOnlyInItsForm() {
    Form form = Form.prefilled(Map.of("subject", "bruno-sub", "displayName", "Bruno", "college", C.toString(),
        "appointment", "VOLUNTEER"));
    form.refuse(new ProblemException(422, "urn:parvis:problem:council-step-not-allowed", "Conflict",
        "les 1 sièges du collège Citoyens sont occupés"));
    String html = render("council/administration", form, page("member", "console", console()));
    assertTrue(html.contains("role=\"alert\"") && html.contains("sont occupés"), html);
    assertTrue(html.contains("id=\"displayName\" name=\"displayName\" type=\"text\" value=\"Bruno\""), html);
    assertTrue(html.contains("value=\"Conseil &lt;Val&gt;\""), "the council form keeps the council's name");
    assertTrue(html.contains("id=\"group-name\" name=\"name\" type=\"text\" value=\"\""), html);
  }

  @Test
  void theSecretariatOffersTheStepOfEachStage() {
    var adopted = new SecretariatPages.Step(C, SCRIPT, "Étape : adopté", "ADOPTED", RESULT,
        "Publier « " + SCRIPT + " » avec le résultat du vote", "Noter", "respond-" + C, List.of(), null);
    var sent = new SecretariatPages.Step(A, "Plan climat", "Étape : transmis", "SENT", RESULT, "Publier", "Noter",
        "respond-" + A, List.of(), null);
    var answered = new SecretariatPages.Step(S, "Bus", "Étape : réponse reçue", "ANSWERED", RESULT, "Publier",
        "Noter", "respond-" + S, List.of("Merci pour cet avis."), "Une ligne de bus");
    String html = render("council/secretariat", Form.empty(), page(CouncilForms.NONE, "steps",
        List.of(adopted, sent, answered)));
    assertTrue(html.contains("Publier « " + ESCAPED + " » avec le résultat du vote"), html);
    assertFalse(html.contains("<script>"), html);
    assertTrue(html.contains("action=\"/council/secretariat/contributions/" + C + "/publication\""), html);
    assertTrue(html.contains("<label for=\"respond-" + A + "-response\">"), html);
    assertTrue(html.contains("<p>Merci pour cet avis.</p>") && html.contains("Une ligne de bus"), html);
    assertTrue(html.contains("href=\"/council/administration\""), html);
  }
}
