package org.parvis.modules.petitions.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parvis.core.portal.views.TemplatePreview;
import org.parvis.core.portal.views.Visitor;
import org.parvis.modules.petitions.interfaces.web.PetitionWorkPageModels.Draft;
import org.parvis.modules.petitions.interfaces.web.PetitionWorkPageModels.Facts;
import org.parvis.modules.petitions.interfaces.web.PetitionWorkPageModels.Mine;
import org.parvis.modules.petitions.interfaces.web.PetitionWorkPageModels.Row;
import org.parvis.modules.petitions.interfaces.web.PetitionWorkPageModels.Submitted;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.web.Form;

/** The drafting, moderation, paper-signature and council pages, rendered with realistic view models. */
class PetitionWorkTemplatesTest {

  private static final UUID ID = UUID.fromString("6f1c2a8e-1d2b-4c3a-9e8f-0a1b2c3d4e5f");
  private static final Visitor RESIDENT = new Visitor(true, "Camille Martin", Set.of(), true);
  private static final Visitor MODERATOR = new Visitor(true, "Modératrice", Set.of(TenantRole.MODERATOR), false);
  private static final Visitor STAFF = new Visitor(true, "Agent", Set.of(TenantRole.STAFF), false);
  private static final Texts FR = Texts.of("messages.petitions", Locale.FRENCH);

  private static String render(String template, Form form, Visitor me, Map<String, Object> data) {
    return TemplatePreview.render(template, "fr", form, me, new HashMap<>(data));
  }

  private static int count(String html, String part) {
    return html.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }

  @Test
  void aVerifiedResidentDraftsAndSeesTheirPetitions() {
    String html = render("petitions/drafts", Form.empty(), RESIDENT, Map.of("mine", List.of(
        new Mine(ID, "Des arbres rue Lesdiguières", "Brouillon", "/petitions/drafts/" + ID))));
    assertTrue(html.contains("<label for=\"title\">Titre</label>"), html);
    assertTrue(html.contains("<label for=\"body\">Texte de la pétition</label>"), html);
    assertTrue(html.contains("name=\"csrf\""), html);
    assertTrue(html.contains("<a href=\"/petitions/drafts/" + ID + "\">Des arbres rue Lesdiguières</a> — Brouillon"),
        html);
    String anonymous = render("petitions/drafts", Form.empty(), Visitor.ANONYMOUS, Map.of("mine", List.of()));
    assertFalse(anonymous.contains("<form"), anonymous);
    assertTrue(anonymous.contains("connectez-vous"), anonymous);
    String unverified = render("petitions/drafts", Form.empty(), new Visitor(true, "X", Set.of(), false),
        Map.of("mine", List.of()));
    assertTrue(unverified.contains("href=\"/me/residency\"") && !unverified.contains("<form"), unverified);
  }

  @Test
  void aRefusedDraftIsShownInFrenchWithWhatWasTyped() {
    Form form = Form.of(new jakarta.ws.rs.core.MultivaluedHashMap<>(Map.of("title", "x".repeat(201),
        "body", "Nous demandons des arbres.")));
    form.text("title", 200);
    form.paragraphs("body", 20_000);
    String html = render("petitions/drafts", form, RESIDENT, Map.of("mine", List.of()));
    assertTrue(html.contains("role=\"alert\""), html);
    assertTrue(html.contains("200 caractères"), html);
    assertTrue(html.contains(">Nous demandons des arbres.</textarea>"), html);
    assertTrue(html.contains("<p>Vous n&#39;avez encore lancé aucune pétition.</p>"), html);
  }

  @Test
  void theAuthorInvitesByLinkAndSubmitsAnInvitedResidentCosigns() {
    String link = "https://grenoble.parvis.fr/petitions/drafts/" + ID;
    String author = render("petitions/draft", Form.empty(), RESIDENT, Map.of("draft",
        new Draft(ID, "Des arbres", List.of("Nous demandons <vraiment> des arbres."), "2 co-signataire(s)", true,
            false, link)));
    assertTrue(author.contains("<a href=\"" + link + "\">" + link + "</a>"), author);
    assertTrue(author.contains("value=\"submit\"") && author.contains("Envoyer la pétition à la modération"), author);
    assertTrue(author.contains("<p>Nous demandons &lt;vraiment&gt; des arbres.</p>"), author);
    assertTrue(author.contains("2 co-signataire(s)"), author);
    assertFalse(author.contains("value=\"cosign\""), author);
    String invited = render("petitions/draft", Form.empty(), RESIDENT, Map.of("draft",
        new Draft(ID, "Des arbres", List.of("Texte"), "0 co-signataire(s)", false, false, link)));
    assertTrue(invited.contains("value=\"cosign\"") && invited.contains("<label for=\"keepInformed\">"), invited);
    assertFalse(invited.contains("value=\"submit\"") || invited.contains(link + "</a>"), invited);
    String done = render("petitions/draft", Form.empty(), RESIDENT, Map.of("draft",
        new Draft(ID, "Des arbres", List.of("Texte"), "1 co-signataire(s)", false, true, link)));
    assertTrue(done.contains("Vous avez co-signé ce brouillon.") && !done.contains("<form"), done);
  }

  @Test
  void theModerationQueuePublishesOrRejectsWithAReasonKeptWhenRefused() {
    UUID other = UUID.fromString("0a1b2c3d-1d2b-4c3a-9e8f-6f1c2a8e4e5f");
    Form form = Form.of(new jakarta.ws.rs.core.MultivaluedHashMap<>(Map.of("action", "reject",
        PetitionWorkPageModels.reasonField(ID), "   ")));
    form.paragraphs(PetitionWorkPageModels.reasonField(ID), 2000);
    String html = render("petitions/moderation", form, MODERATOR, Map.of("queue", List.of(
        new Submitted(ID, "Des arbres", List.of("Texte"), "3 décembre 2026", "1 co-signataire(s)",
            PetitionWorkPageModels.reasonField(ID), PetitionWorkPageModels.intoField(ID)),
        new Submitted(other, "Un skatepark", List.of("Texte"), "4 décembre 2026", "0 co-signataire(s)",
            PetitionWorkPageModels.reasonField(other), PetitionWorkPageModels.intoField(other))),
        "targets", List.of()));
    assertEquals(2, count(html, "value=\"publish\""), html);
    assertTrue(html.contains("<label for=\"reason-" + ID + "\">Motif du refus</label>"), html);
    assertTrue(html.contains("href=\"#reason-" + ID + "\""), "the summary points at the refused reason: " + html);
    assertEquals(1, count(html, "aria-invalid=\"true\""), html);
    assertFalse(html.contains("value=\"merge\""), "nothing to merge into: " + html);
    assertTrue(render("petitions/moderation", Form.empty(), MODERATOR, Map.of("queue", List.of(), "targets", List.of()))
        .contains("Aucune pétition n&#39;attend de modération."));
  }

  @Test
  void aSubmittedPetitionCanBeMergedIntoOneOpenForSignaturesChosenByTitle() {
    UUID open = UUID.fromString("0a1b2c3d-1d2b-4c3a-9e8f-6f1c2a8e4e5f");
    Form form = Form.prefilled(Map.of("action", "merge", PetitionWorkPageModels.intoField(ID), open.toString()));
    form.refuse(new ProblemException(409, "urn:parvis:problem:merge-target-not-open", "Conflict", "detail"));
    String html = render("petitions/moderation", form, MODERATOR, Map.of("queue", List.of(
        new Submitted(ID, "Des arbres", List.of("Texte"), "3 décembre 2026", "0 co-signataire(s)",
            PetitionWorkPageModels.reasonField(ID), PetitionWorkPageModels.intoField(ID))),
        "targets", List.of(new PetitionWorkPageModels.Target(open.toString(), "Plus d'arbres en ville"))));
    assertTrue(html.contains("<label for=\"into-" + ID + "\">Fusionner avec une pétition ouverte aux signatures</label>"),
        html);
    assertTrue(html.contains("<option value=\"" + open + "\" selected>Plus d&#39;arbres en ville</option>"), html);
    assertTrue(html.contains("Choisissez une autre pétition, ouverte aux signatures."), html);

    Map<String, Object> data = new HashMap<>();
    data.put("petition", new PetitionPageModels.Page(ID, "Des arbres", new PetitionPageModels.Progress(
        "Fusionnée avec une autre pétition", 0, 0, "0 signature(s)"), false, null, List.of("Texte"), null, false,
        List.of(), null, null, "MERGED", new PetitionPageModels.Merged(open, "Plus d'arbres en ville")));
    data.put("signing", PetitionPageModels.Signing.SIGN);
    data.put("minimumAge", 0L);
    String merged = render("petitions/petition", Form.empty(), RESIDENT, data);
    assertTrue(merged.contains("<a href=\"/petitions/" + open + "\">Plus d&#39;arbres en ville</a>"), merged);
  }

  @Test
  void theFollowUpListsPublicPetitionsWithTheirWork() {
    String html = render("petitions/administration", Form.empty(), STAFF, Map.of("rows", List.of(
        new Row(ID, "Des arbres", "Ouverte aux signatures", "12 en ligne", "3 sur papier", true, false))));
    assertTrue(html.contains("class=\"table-scroll\" role=\"region\""), html);
    assertTrue(html.contains("<th scope=\"row\"><a href=\"/petitions/" + ID + "\">Des arbres</a></th>"), html);
    assertTrue(html.contains("href=\"/petitions/administration/" + ID + "/paper\""), html);
    assertFalse(html.contains("/council\""), html);
  }

  private static Facts facts(String meeting) {
    return new Facts(ID, "Des arbres", "Ouverte aux signatures", "3 signature(s) sur 4", "2 en ligne",
        "1 sur papier", "31 janvier 2027", meeting, null);
  }

  @Test
  void aRefusedPaperBatchSaysWhichLinesAndKeepsEverythingTyped() {
    Map<String, String> typed = new HashMap<>();
    typed.put("lastName-1", "Dupont");
    typed.put("firstNames-1", "Jeanne");
    typed.put("birthDate-1", "1950-03-02");
    typed.put("lastName-2", "Martin");
    typed.put("firstNames-2", "Paul");
    typed.put("birthDate-2", "1961-07-14");
    Form form = Form.prefilled(typed);
    form.refuse("lastName-2", "paper.duplicate", 2);
    Map<String, Object> data = new HashMap<>();
    data.put("petition", facts(null));
    data.put("open", true);
    data.put("recorded", "");
    data.put("lines", PetitionWorkPageModels.paperLines());
    String html = render("petitions/paper", form, STAFF, data);
    assertEquals(PetitionWorkPageModels.PAPER_LINES, count(html, "<legend>Ligne "), html);
    assertTrue(html.contains("<a href=\"#lastName-2\">Ligne 2 : Cette personne a déjà signé"), html);
    assertTrue(html.contains("value=\"Dupont\"") && html.contains("value=\"Martin\"")
        && html.contains("value=\"1961-07-14\""), html);
    assertTrue(html.contains("aucune ligne n&#39;est enregistrée"), "the page says all or nothing: " + html);
    assertTrue(html.contains("<label for=\"birthDate-3\">"), html);
    data.put("open", false);
    data.put("recorded", FR.get("paper.recorded", 2));
    String closed = render("petitions/paper", Form.empty(), STAFF, data);
    assertTrue(closed.contains("2 signature(s) papier enregistrée(s).") && !closed.contains("<form"), closed);
  }

  @Test
  void theCouncilPageTakesTheMeetingDateThenTheAnswerAndDecision() {
    Map<String, Object> data = new HashMap<>();
    data.put("petition", facts(null));
    data.put("referred", true);
    data.put("decisions", PetitionWorkPageModels.decisions(FR));
    String before = render("petitions/council", Form.empty(), STAFF, data);
    assertTrue(before.contains("<label for=\"date\">Date de la séance</label>"), before);
    assertFalse(before.contains("name=\"answer\""), "no answer before the meeting date: " + before);
    data.put("petition", facts("12 mars 2027"));
    Form form = Form.prefilled(Map.of("action", "answer", "answer", "Le conseil plantera 40 arbres."));
    form.choice("decision", List.of("ADOPTED"));
    String html = render("petitions/council", form, STAFF, data);
    assertTrue(html.contains("<legend>Décision du conseil</legend>"), html);
    assertTrue(html.contains("<label for=\"decision-PARTIALLY_ADOPTED\">Adoptée en partie</label>"), html);
    assertTrue(html.contains(">Le conseil plantera 40 arbres.</textarea>"), html);
    assertTrue(html.contains("id=\"decision-error\""), html);
    data.put("referred", false);
    assertTrue(render("petitions/council", Form.empty(), STAFF, data).contains("n&#39;a pas atteint son seuil"));
  }

  @Test
  void aRejectedPetitionShowsModerationsReasonAndRoleHoldersFindTheirWork() {
    Map<String, Object> data = new HashMap<>();
    data.put("petition", new PetitionPageModels.Page(ID, "Des arbres", new PetitionPageModels.Progress(
        "Refusée par la modération", 0, 0, "0 signature(s)"), false, null, List.of("Texte"), null, false, List.of(),
        null, "Hors des compétences de la commune.", "REJECTED", null));
    data.put("signing", PetitionPageModels.Signing.SIGN);
    data.put("minimumAge", 0L);
    String html = render("petitions/petition", Form.empty(), RESIDENT, data);
    assertTrue(html.contains("Motif du refus par la modération") && html.contains("Hors des compétences"), html);
    data.put("petition", new PetitionPageModels.Page(ID, "Des arbres", new PetitionPageModels.Progress(
        "Transmise au conseil municipal", 4, 4, "4 signature(s) sur 4"), false, null, List.of("Texte"), null, false,
        List.of(), null, null, "REFERRED", null));
    assertTrue(render("petitions/petition", Form.empty(), STAFF, data)
        .contains("href=\"/petitions/administration/" + ID + "/council\""));
    assertFalse(render("petitions/petition", Form.empty(), RESIDENT, data).contains("/administration/"));
  }
}
