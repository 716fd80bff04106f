package org.parvis.modules.votations.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parvis.modules.votations.domain.CountingMethod;
import org.parvis.modules.votations.domain.Votation;
import org.parvis.spi.web.Form;

class VotationFormTest {

  private static final ZoneId CAYENNE = ZoneId.of("America/Cayenne");

  private static Map<String, String> typed() {
    Map<String, String> typed = new HashMap<>();
    typed.put("question", "Quel parc ?");
    typed.put("method", "MAJORITY_JUDGMENT");
    typed.put("grades", "Bien\n\n Passable \nInsuffisant");
    typed.put("option-1", "Nord");
    typed.put("option-4", "Sud");
    typed.put("opensAt", "2026-12-10T08:00");
    typed.put("closesAt", "2026-12-17T20:00");
    return typed;
  }

  @Test
  void blankOptionsAreIgnoredAndTimesAreReadOnTheTenantsClocks() {
    Form form = Form.prefilled(typed());
    VotationForm.Spec spec = VotationForm.read(form, CAYENNE);
    assertTrue(form.isValid(), form::toString);
    assertEquals(List.of("Nord", "Sud"), spec.options());
    assertEquals(List.of("Bien", "Passable", "Insuffisant"), spec.grades());
    assertEquals(Instant.parse("2026-12-10T11:00:00Z"), spec.opensAt(), "Cayenne is UTC-3");
    assertEquals(CountingMethod.MAJORITY_JUDGMENT, spec.method());
  }

  @Test
  void oneOptionAndAClosingBeforeTheOpeningAreRefusedTogether() {
    Map<String, String> typed = typed();
    typed.remove("option-4");
    typed.put("closesAt", "2026-12-10T07:59");
    Form form = Form.prefilled(typed);
    VotationForm.read(form, CAYENNE);
    assertEquals("admin.optionsRefused", form.error("option-1").orElseThrow().key());
    assertEquals("admin.closesBeforeOpening", form.error("closesAt").orElseThrow().key());
  }

  @Test
  void gradesMatterOnlyForMajorityJudgment() {
    Map<String, String> typed = typed();
    typed.put("grades", "Bien");
    Form refused = Form.prefilled(typed);
    VotationForm.read(refused, CAYENNE);
    assertEquals("admin.gradesRefused", refused.error("grades").orElseThrow().key());
    typed.put("method", "APPROVAL");
    Form approval = Form.prefilled(typed);
    assertTrue(VotationForm.read(approval, CAYENNE).grades().isEmpty());
    assertTrue(approval.isValid(), approval::toString);
  }

  @Test
  void aVotationIsShownAgainAsTypedWithEveryOptionEvenBeyondTen() {
    List<String> options = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      options.add("Option " + i);
    }
    Votation votation = new Votation("Q", "", CountingMethod.APPROVAL, options, List.of(),
        Instant.parse("2026-12-10T11:00:00Z"), Instant.parse("2026-12-17T23:00:00Z"));
    Form form = VotationForm.prefilled(votation, CAYENNE);
    assertEquals("Option 12", form.typed("option-12"));
    assertEquals("2026-12-10T08:00", form.typed("opensAt"));
    assertEquals(12, VotationForm.inputs(12));
    assertEquals(10, VotationForm.inputs(2));
    VotationForm.Spec again = VotationForm.read(form, CAYENNE);
    assertEquals(options, again.options());
    assertFalse(form.error("grades").isPresent());
  }
}
