package org.parvis.modules.budget.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parvis.modules.budget.domain.BallotKind;
import org.parvis.modules.budget.interfaces.rest.EditionResource.EnvelopeBody;
import org.parvis.modules.budget.application.BudgetMessages;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.web.Form;

class EditionFormTest {

  private static final ZoneId CAYENNE = ZoneId.of("America/Cayenne");

  private static Map<String, String> typed(Map<String, String> more) {
    var typed = new java.util.HashMap<>(Map.of("title", "Budget 2027", "cityName", "Toute la ville",
        "cityAmount", "100 000", "kind", "CUMULATIVE", "points", "12", "allocationRule", "greedy",
        "mesUtility", "cost", "mesCompletion", "add1"));
    typed.putAll(Map.of("submissionOpens", "2027-01-10", "reviewOpens", "2027-02-01",
        "voteOpens", "2027-03-01", "voteCloses", "2027-03-31", "implementationOpens",
        "2027-04-01"));
    typed.putAll(more);
    return typed;
  }

  @Test
  void phasesOpenAtMidnightInTheTenantsZone() {
    var body = EditionForm.body(typed(Map.of()), CAYENNE);
    assertEquals(Instant.parse("2027-03-01T03:00:00Z"), body.calendar().voteOpens());
    assertEquals(BallotKind.CUMULATIVE, body.ballot().kind());
    assertEquals(12, body.ballot().points());
    assertEquals(List.of(new EnvelopeBody("Toute la ville", 100000, false)), body.envelopes());
  }

  @Test
  void districtsAreTypedOneAPerLineWithTheirAmount() {
    List<Map<String, String>> errors = new ArrayList<>();
    var districts = EditionForm.districts("Centre;30000\r\n\r\n  Secteur 2 ; 20 000 \n", errors);
    assertEquals(List.of(new EnvelopeBody("Centre", 30000, true),
        new EnvelopeBody("Secteur 2", 20000, true)), districts);
    assertTrue(errors.isEmpty());
    EditionForm.districts("Centre 30000\nNord;trente", errors);
    assertEquals(2, errors.size(), "a line without amount, a line whose amount is no number");
  }

  @Test
  void everyUnreadableFieldIsRefusedAtOnce() {
    var refused = assertThrows(ProblemException.class, () -> EditionForm.body(typed(Map.of(
        "cityAmount", "cent mille", "kind", "", "voteCloses", "31/03/2027")), CAYENNE));
    var fields = ((List<?>) refused.extensions().get("errors")).stream()
        .map(e -> ((Map<?, ?>) e).get("field")).toList();
    assertEquals(List.of("cityAmount", "ballot.kind", "calendar.voteCloses"), fields);
    BudgetMessages fr = BudgetMessages.in("fr");
    assertEquals(fr.get("budget.admin.refused.invalid", String.join(", ", fr.get("budget.admin.check.envelopes"),
        fr.get("budget.admin.check.ballot"), fr.get("budget.admin.check.calendar"))),
        AdministrationPageModels.refusal(Form.empty().refuse(refused), fr),
        "the refusal names the parts of the form to correct, in the form's order");
  }
}
