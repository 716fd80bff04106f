package org.parvis.modules.petitions.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parvis.modules.petitions.domain.CouncilDecision;
import org.parvis.modules.petitions.domain.Petition;
import org.parvis.spi.home.Happening;
import org.parvis.spi.home.Happening.Kind;
import org.parvis.spi.i18n.Texts;

class PetitionHappeningsTest {

  private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

  private static Petition published(String title, Instant at) {
    Petition petition = new Petition(title, "…", UUID.randomUUID());
    petition.submit();
    petition.publish(2000, Duration.ofDays(60), at);
    return petition;
  }

  @Test
  void openPetitionsWithTheirCountAndAnsweredOnesAsResults() {
    Petition trees = published("Des arbres rue Thiers", NOW.minus(Duration.ofDays(10)));
    Petition expired = published("Un skatepark", NOW.minus(Duration.ofDays(90)));
    Petition answered = published("Piste cyclable cours Berriat", NOW.minus(Duration.ofDays(40)));
    answered.referIfThresholdReached(2000, NOW.minus(Duration.ofDays(20)));
    answered.scheduleCouncilMeeting(LocalDate.of(2026, 12, 1));
    answered.answer("Adoptée.", CouncilDecision.values()[0], NOW.minus(Duration.ofDays(5)));

    List<Happening> items = PetitionHappenings.items(List.of(trees, expired, answered), id -> 1874, NOW,
        Texts.of("messages.petitions", "fr"));
    assertEquals(2, items.size());
    assertEquals(Kind.OPEN_NOW, items.get(0).kind());
    assertEquals("1 874 signature(s) sur 2 000", items.get(0).note().replace('\u202f', ' ').replace('\u00a0', ' '));
    assertEquals(trees.closesAt().get(), items.get(0).at());
    assertEquals(Kind.RESULT, items.get(1).kind());
    assertEquals("/petitions/" + answered.id(), items.get(1).path());
    assertEquals(NOW.minus(Duration.ofDays(5)), items.get(1).at());
  }
}
