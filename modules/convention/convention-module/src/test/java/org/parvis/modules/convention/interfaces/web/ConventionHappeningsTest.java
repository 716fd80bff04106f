package org.parvis.modules.convention.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parvis.modules.convention.domain.Convention;
import org.parvis.modules.convention.domain.QuotaBand;
import org.parvis.modules.convention.domain.QuotaPlan;
import org.parvis.spi.home.Happening;
import org.parvis.spi.home.Happening.Kind;
import org.parvis.spi.i18n.Texts;

class ConventionHappeningsTest {

  private static final QuotaPlan PLAN = new QuotaPlan(List.of(
      new QuotaBand("gender", "female", 1, 2), new QuotaBand("gender", "male", 1, 2)));

  @Test
  void recruitmentIsOpenUntilTheEndOfItsLastDayAndADraftIsNotShown() {
    Convention climate = new Convention("Convention citoyenne pour le climat", "Que faire ?", 3, PLAN, true);
    climate.schedule(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 20), LocalDate.of(2027, 1, 9));
    climate.openRecruitment();
    Convention draft = new Convention("Brouillon", "…", 3, PLAN, true);
    List<Happening> items = ConventionHappenings.items(List.of(climate, draft), ZoneId.of("Europe/Paris"),
        Texts.of("messages.convention", "fr"));
    assertEquals(1, items.size());
    assertEquals(Kind.OPEN_NOW, items.get(0).kind());
    assertEquals(Instant.parse("2026-12-20T22:59:00Z"), items.get(0).at());
    assertEquals("/convention/" + climate.id(), items.get(0).path());
    assertEquals("Portez-vous volontaire pour le tirage au sort", items.get(0).note());
  }
}
