package org.parvis.modules.consent.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parvis.core.portal.views.TemplatePreview;
import org.parvis.core.portal.views.Visitor;
import org.parvis.modules.consent.interfaces.web.ConsentPageModels.AnswerLine;
import org.parvis.modules.consent.interfaces.web.ConsentPageModels.CircleCard;
import org.parvis.modules.consent.interfaces.web.ConsentPageModels.CirclePage;
import org.parvis.modules.consent.interfaces.web.ConsentPageModels.Member;
import org.parvis.modules.consent.interfaces.web.ConsentPageModels.Participation;
import org.parvis.modules.consent.interfaces.web.ConsentPageModels.ProposalLink;
import org.parvis.modules.consent.interfaces.web.ConsentPageModels.ProposalPage;
import org.parvis.modules.consent.interfaces.web.ConsentPageModels.RoundModel;
import org.parvis.modules.consent.interfaces.web.ConsentPageModels.StatusGroup;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.web.Form;

class ConsentTemplatesTest {

  private static final UUID CIRCLE = UUID.fromString("0b7d6c1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e");
  private static final UUID PROPOSAL = UUID.fromString("6f1c2a8e-1d2b-4c3a-9e8f-0a1b2c3d4e5f");
  private static final Visitor ALICE = new Visitor(true, "Alice", Set.of(TenantRole.CITIZEN), false);
  private static final Visitor ADMIN = new Visitor(true, "Admin", Set.of(TenantRole.ADMIN), false);
  private static final ProposalLink WATERING = new ProposalLink(PROPOSAL, "Arrosage <du jardin>",
      "réponses jusqu'au 14 décembre 2026 à 23:59");

  private static String render(String template, Form form, Visitor me, Map<String, Object> data) {
    return TemplatePreview.render(template, "fr", form, me, data);
  }

  @Test
  void theHomeListsTheVisitorsCirclesWithTheirOpenProposals() {
    String html = render("consent/index", Form.empty(), ALICE, Map.of("administrator", false,
        "circles", List.of(new CircleCard(CIRCLE, "Jardin partagé", List.of(WATERING)))));
    assertTrue(html.contains("<a href=\"/consent/circles/" + CIRCLE + "\">Jardin partagé</a>"), html);
    assertTrue(html.contains("<a href=\"/consent/proposals/" + PROPOSAL + "\">Arrosage &lt;du jardin&gt;</a>"), html);
    assertFalse(html.contains("action=\"/consent/circles\""), "no administration for a member: " + html);
    String none = render("consent/index", Form.empty(), ALICE, Map.of("administrator", false, "circles", List.of()));
    assertTrue(none.contains("Vous n&#39;êtes membre d&#39;aucun cercle"), none);
  }

  @Test
  void anAdministratorCreatesACircleAndARefusedNameIsShownAgain() {
    Form form = Form.prefilled(Map.of("name", "jardin partagé"));
    form.refuse(ProblemException.conflict("urn:parvis:problem:circle-exists", "A circle named 'x' already exists"));
    String html = render("consent/index", form, ADMIN, Map.of("administrator", true, "circles", List.of()));
    assertTrue(html.contains("<form method=\"post\" action=\"/consent/circles\">"), html);
    assertTrue(html.contains("<label for=\"name\">Nom du cercle</label>"), html);
    assertTrue(html.contains("role=\"alert\"") && html.contains("Un cercle porte déjà ce nom"), html);
    assertTrue(html.contains("value=\"jardin partagé\""), html);
    assertFalse(html.contains("already exists"), html);
  }

  private static CirclePage circle(boolean member) {
    return new CirclePage(CIRCLE, "Jardin partagé",
        List.of(new Member("sub-alice", "sub-alice (vous)"), new Member("sub-bob", "sub-bob")),
        List.of(new StatusGroup("En cours", List.of(WATERING)),
            new StatusGroup("Adoptées", List.of(new ProposalLink(UUID.randomUUID(), "Compost", "adoptée le 2 mars")))),
        member);
  }

  @Test
  void aCirclesPageShowsProposalsByStatusAndTheProposalFormToMembers() {
    String html = render("consent/circle", Form.prefilled(Map.of("deadline", "2026-12-14")), ALICE,
        Map.of("circle", circle(true), "administrator", false));
    assertTrue(html.contains("<h2 id=\"group-0\">En cours</h2>") && html.contains("<h2 id=\"group-1\">Adoptées</h2>"),
        html);
    assertTrue(html.contains("action=\"/consent/circles/" + CIRCLE + "/proposals\""), html);
    assertTrue(html.contains("<label for=\"title\">") && html.contains("<label for=\"text\">"), html);
    assertTrue(html.contains("type=\"date\" value=\"2026-12-14\""), html);
    assertTrue(html.contains("sub-alice (vous)"), html);
    assertFalse(html.contains("/members"), "members are managed by administrators: " + html);
    Map<String, Object> adminData = new java.util.HashMap<>(Map.of("circle", circle(false), "administrator", true));
    adminData.put("found", null);
    String admin = render("consent/circle", Form.empty(), ADMIN, adminData);
    assertFalse(admin.contains("/proposals\""), "an administrator who is not a member does not propose: " + admin);
    assertTrue(admin.contains("action=\"/consent/circles/" + CIRCLE + "/members\""), admin);
    assertTrue(admin.contains("name=\"member\" value=\"sub-bob\"") && admin.contains("aria-label=\"Retirer sub-bob du"
        + " cercle\""), admin);
    assertTrue(admin.contains("<legend>Qui ajouter au cercle ?</legend>"), admin);
    assertTrue(admin.contains("name=\"person-search\""), "members are found by name or e-mail: " + admin);
    assertFalse(admin.contains("name=\"subject\""), "no account id is typed: " + admin);
  }

  @Test
  void anAdministratorsSearchOffersThePeopleFoundAndAForgedChoiceIsRefused() {
    Form searched = Form.prefilled(Map.of("person-query", "chlo", "person", "forged"));
    searched.refuse("person", "form.unknownPerson");
    String html = render("consent/circle", searched, ADMIN, Map.of("circle", circle(false), "administrator", true,
        "found", List.of(new org.parvis.spi.people.Person("sub-chloe", "Chloé Durand", "chloe@example.org"))));
    assertTrue(html.contains("<legend>Personne trouvée</legend>"), html);
    assertTrue(html.contains("name=\"person\" value=\"sub-chloe\" checked required>"), html);
    assertTrue(html.contains("<label for=\"person-1\">Chloé Durand <span class=\"email\">chloe@example.org</span>"),
        html);
    assertTrue(html.contains("Cette personne n&#39;a pas de compte"), html);
    assertFalse(html.contains("forged"), html);
  }

  private static RoundModel round(int number, boolean current, List<AnswerLine> answers, List<String> addresses) {
    return new RoundModel(number, current ? "Version " + number + " (en cours)" : "Version " + number,
        List.of("Chacun arrose un soir par semaine."), addresses, answers, "1 consentement(s), 1 objection(s)",
        current);
  }

  private static ProposalPage proposal(Participation who, boolean adopted, List<RoundModel> earlier) {
    return new ProposalPage(PROPOSAL, "Arrosage", CIRCLE, "Jardin partagé", adopted ? "Adoptées" : "En cours",
        !adopted, adopted, "14 décembre 2026 à 23:59", adopted ? "9 décembre 2026 à 10:12" : null, "sub-alice",
        round(earlier.size() + 1, true, List.of(new AnswerLine("sub-bob", "consent", List.of(), false),
            new AnswerLine("sub-chloe", "objecte", List.of("Je pars <en août>."), true)), List.of()),
        earlier, who);
  }

  private static String proposalPage(ProposalPage page, Form form) {
    Map<String, Object> data = new HashMap<>();
    data.put("proposal", page);
    return render("consent/proposal", form, ALICE, data);
  }

  @Test
  void aMemberWhoHasNotAnsweredGetsTheFormAndAnObjectionWithoutReasonIsRefusedWithWhatWasTyped() {
    String html = proposalPage(proposal(new Participation(true, null, true, false, false), false, List.of()),
        Form.empty());
    assertTrue(html.contains("<legend>Votre réponse à cette version</legend>"), html);
    assertTrue(html.contains("<label for=\"kind-objection\">J&#39;objecte</label>"), html);
    assertTrue(html.contains("<blockquote><p>Je pars &lt;en août&gt;.</p></blockquote>"), html);
    assertTrue(html.contains("sub-chloe</span> — <strong>objecte</strong>"), html);
    assertFalse(html.contains("/adoption") || html.contains("/amendment"), html);

    Form refused = Form.prefilled(Map.of("kind", "OBJECTION", "reason", ""));
    refused.refuse("reason", "reason.required");
    String again = proposalPage(proposal(new Participation(true, null, true, false, false), false, List.of()),
        refused);
    assertTrue(again.contains("role=\"alert\"") && again.contains("<a href=\"#reason\">Votre raison : Donnez la raison de votre"
        + " objection.</a>"), again);
    assertTrue(again.contains("value=\"OBJECTION\" checked"), again);
    assertTrue(again.contains("aria-invalid=\"true\""), again);
  }

  @Test
  void theProposerAmendsWhileObjectionsRemainAndTheRecordKeepsEarlierRounds() {
    String amend = proposalPage(proposal(new Participation(true, "consent", false, true, false), false, List.of()),
        Form.prefilled(Map.of("amendDeadline", "2026-12-20")));
    assertTrue(amend.contains("action=\"/consent/proposals/" + PROPOSAL + "/amendment\""), amend);
    assertTrue(amend.contains("<label for=\"addresses\">") && amend.contains("<label for=\"amendText\">"), amend);
    assertTrue(amend.contains("Votre réponse à cette version : consent."), amend);
    assertFalse(amend.contains("/answer\""), "answered already: " + amend);

    RoundModel first = round(1, false, List.of(new AnswerLine("sub-chloe", "objecte", List.of("Août"), true)),
        List.of());
    String adopted = proposalPage(proposal(new Participation(true, null, false, false, false), true,
        List.of(first)), Form.empty());
    assertTrue(adopted.contains("Décision adoptée par consentement le 9 décembre 2026 à 10:12."), adopted);
    assertTrue(adopted.contains("Versions précédentes et leurs réponses") && adopted.contains("<h3>Version 1</h3>"),
        adopted);
    assertFalse(adopted.contains("<form"), "nothing to do once adopted: " + adopted);
  }

  @Test
  void theProposerAdoptsWhenTheRoundAllowsItAndRefusalsReadInEnglishToo() {
    String html = proposalPage(proposal(new Participation(true, null, false, false, true), false, List.of()),
        Form.empty());
    assertTrue(html.contains("action=\"/consent/proposals/" + PROPOSAL + "/adoption\""), html);
    Form refused = Form.empty();
    refused.refuse(ProblemException.conflict("urn:parvis:problem:consent-step-not-allowed", "objections remain"));
    Map<String, Object> data = new HashMap<>();
    data.put("proposal", proposal(new Participation(true, null, false, false, true), false, List.of()));
    String english = TemplatePreview.render("consent/proposal", "en", refused, ALICE, data);
    assertTrue(english.contains("This step is not possible now"), english);
    String notFound = TemplatePreview.render("consent/refused", "en", Map.of("message", "No such circle."));
    assertTrue(notFound.contains("<a href=\"/consent\">Back to the circles</a>"), notFound);
  }
}
