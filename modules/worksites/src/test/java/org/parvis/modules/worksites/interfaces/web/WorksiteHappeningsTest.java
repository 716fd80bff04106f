package org.parvis.modules.worksites.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parvis.modules.worksites.domain.GeoPoint;
import org.parvis.modules.worksites.domain.Shift;
import org.parvis.modules.worksites.domain.Worksite;
import org.parvis.spi.home.Happening;
import org.parvis.spi.home.Happening.Kind;
import org.parvis.spi.i18n.Texts;

class WorksiteHappeningsTest {

  private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
  private static final GeoPoint GRENOBLE = GeoPoint.of(45.1885, 5.7245);

  @Test
  void theNextShiftOfEachPlannedWorksiteCompletedOnesAndMyShiftTomorrow() {
    Worksite garden = new Worksite(null, "Jardin partagé Mistral", "Désherbage", GRENOBLE, NOW.minus(Duration.ofDays(9)));
    Worksite bench = new Worksite(null, "Bancs du parc Paul-Mistral", "Peinture", GRENOBLE, NOW.minus(Duration.ofDays(60)));
    bench.complete("Huit bancs repeints", NOW.minus(Duration.ofDays(3)));
    Shift past = new Shift(garden.id(), NOW.minus(Duration.ofDays(1)), NOW.minus(Duration.ofHours(20)), 6);
    Shift tomorrow = new Shift(garden.id(), NOW.plus(Duration.ofHours(23)), NOW.plus(Duration.ofHours(26)), 6);
    Shift later = new Shift(garden.id(), NOW.plus(Duration.ofDays(8)), NOW.plus(Duration.ofDays(8)).plusSeconds(3600), 6);
    UUID me = UUID.randomUUID();
    tomorrow.register(me, null, 1, 4, NOW);
    Map<UUID, List<Shift>> shifts = Map.of(garden.id(), List.of(past, later, tomorrow), bench.id(), List.of());
    Map<UUID, Worksite> byId = Map.of(garden.id(), garden, bench.id(), bench);

    List<Happening> items = WorksiteHappenings.items(List.of(garden, bench), shifts::get, List.of(tomorrow, later),
        byId::get, NOW, ZoneId.of("Europe/Paris"), Texts.of("messages.worksites", "fr"));

    assertEquals(List.of(Kind.UPCOMING, Kind.RESULT, Kind.WAITING_FOR_YOU), items.stream().map(Happening::kind).toList());
    assertEquals(tomorrow.startsAt(), items.get(0).at());
    assertEquals("4 place(s) libre(s) sur 6", items.get(0).note());
    assertEquals("Chantier terminé", items.get(1).note());
    assertEquals("Votre créneau : Jardin partagé Mistral", items.get(2).title());
    assertEquals("/worksites/mine", items.get(2).path());
    assertEquals("mardi 8 décembre 2026 à 10:00", items.get(2).note());
  }
}
