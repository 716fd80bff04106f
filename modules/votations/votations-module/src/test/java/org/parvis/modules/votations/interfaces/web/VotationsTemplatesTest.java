package org.parvis.modules.votations.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parvis.core.portal.views.TemplatePreview;
import org.parvis.core.portal.views.Visitor;
import org.parvis.modules.votations.application.VotationResults.GradeCount;
import org.parvis.modules.votations.application.VotationResults.OptionResult;
import org.parvis.modules.votations.interfaces.web.BallotModel.Choice;
import org.parvis.modules.votations.interfaces.web.BallotModel.Group;
import org.parvis.modules.votations.interfaces.web.VotationPageModels.Page;
import org.parvis.modules.votations.interfaces.web.VotationPageModels.Results;
import org.parvis.spi.web.Form;
import org.parvis.spi.web.Markup;

class VotationsTemplatesTest {

  private static final UUID ID = UUID.fromString("0c8e3b1a-7d55-4b0e-9a51-2f1d8f6a9b10");
  private static final UUID PARK = UUID.fromString("8f5b6a3c-0e1d-4c2b-9a8f-7e6d5c4b3a21");

  private static final Page OPEN = new Page(ID, "Vote ouvert", "Du 1 déc. 2026, 08:00 au 14 déc. 2026, 20:00",
      List.of("Quel aménagement pour la friche ?"), 312, true, false);

  private static BallotModel ballot(String kept) {
    String name = "grade-" + PARK;
    List<Choice> grades = List.of(
        new Choice("radio", true, name, "g-1-0", "Très bien", "Très bien", "Très bien".equals(kept)),
        new Choice("radio", true, name, "g-1-1", "Bien", "Bien", "Bien".equals(kept)));
    return new BallotModel(BallotModel.State.BALLOT, "Jugement majoritaire : donnez une mention à chaque option.",
        List.of(new Group(name, "Parc <arboré>", grades)));
  }

  private static String page(BallotModel ballot, Form form) {
    return TemplatePreview.render("votations/votation", "fr", form, Visitor.ANONYMOUS,
        Map.of("votation", OPEN, "ballot", ballot));
  }

  @Test
  void theBallotIsAFieldsetPerOptionWithARadioPerGrade() {
    String html = page(ballot(null), Form.empty());
    assertTrue(html.contains("<legend>Parc &lt;arboré&gt;</legend>"), html);
    assertTrue(html.contains("name=\"grade-" + PARK + "\" id=\"g-1-0\" value=\"Très bien\""), html);
    assertTrue(html.contains("<label for=\"g-1-1\">Bien</label>"), html);
    assertTrue(html.contains("312 votant(s)"), html);
    assertFalse(html.contains("role=\"alert\""), html);
  }

  @Test
  void anIncompleteBallotIsShownAgainWithTheGradesGivenAndTheMessageByItsOption() {
    Form form = Form.prefilled(Map.of("grade-" + PARK, "Bien"));
    form.refuse("grade-" + UUID.randomUUID(), "form.required");
    String html = page(ballot("Bien"), form);
    assertTrue(html.contains("role=\"alert\""), html);
    assertTrue(html.contains("Ce champ est obligatoire."), html);
    assertTrue(html.contains("value=\"Bien\" checked"), html);
  }

  @Test
  void votersAndVisitorsSeeWhereTheyStand() {
    assertTrue(page(BallotModel.without(BallotModel.State.VOTED), Form.empty()).contains("Votre vote est enregistré"));
    assertTrue(page(BallotModel.without(BallotModel.State.SIGN_IN), Form.empty()).contains("connectez-vous"));
    assertFalse(page(BallotModel.without(BallotModel.State.SIGN_IN), Form.empty()).contains("<form"));
  }

  @Test
  void majorityJudgmentResultsShowTheChartAndTheSameNumbersInATable() {
    OptionResult park = new OptionResult(PARK, "Parc <arboré>", 1, null, "Très bien",
        List.of(new GradeCount("Très bien", 1200), new GradeCount("Bien", 3)));
    Results results = new Results(1203, new Markup("<svg role=\"img\"><title>Profil</title></svg>"),
        List.of("Très bien", "Bien"), List.of(park));
    String html = TemplatePreview.render("votations/results", "fr", Map.of("results", results));
    assertTrue(html.contains("<svg role=\"img\"><title>Profil</title></svg>"), "the drawn chart, unescaped: " + html);
    assertTrue(html.contains("data-option=\"" + PARK + "\" data-rank=\"1\""), html);
    assertTrue(html.contains("Parc &lt;arboré&gt;"), html);
    assertTrue(html.contains("Mention majoritaire : Très bien"), html);
    assertTrue(html.contains("1\u202f200") || html.contains("1\u00a0200"), "counts grouped in French: " + html);
    assertTrue(html.contains("class=\"table-scroll\""), "the table scrolls in its own box on a phone: " + html);
  }

  @Test
  void otherResultsAreATableOfVotes() {
    OptionResult park = new OptionResult(PARK, "Parc", 1, 1500L, null, List.of());
    String html = TemplatePreview.render("votations/results", "en",
        Map.of("results", new Results(2000, null, List.of(), List.of(park))));
    assertTrue(html.contains("<td data-votes=\"1500\">1,500</td>"), html);
    assertFalse(html.contains("<svg"), html);
  }
}
