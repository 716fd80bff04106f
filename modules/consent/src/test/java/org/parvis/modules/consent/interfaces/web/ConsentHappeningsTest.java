package org.parvis.modules.consent.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parvis.modules.consent.domain.AnswerKind;
import org.parvis.modules.consent.domain.ConsentProposal;
import org.parvis.spi.home.Happening;
import org.parvis.spi.home.Happening.Kind;
import org.parvis.spi.i18n.Texts;

class ConsentHappeningsTest {

  private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
  private static final Texts FR = Texts.of("messages.consent", "fr");

  @Test
  void anOpenProposalWaitsForTheMemberUntilTheyAnswer() {
    ConsentProposal watering = new ConsentProposal("Jardin", "Arrosage", "Un soir chacun", "alice",
        NOW.plus(Duration.ofDays(3)), NOW.minus(Duration.ofDays(1)));
    List<Happening> items = ConsentHappenings.items(List.of(watering), "bob", NOW, FR);
    assertEquals(List.of(Kind.OPEN_NOW, Kind.WAITING_FOR_YOU), items.stream().map(Happening::kind).toList());
    assertEquals("Donnez votre avis : Arrosage", items.get(1).title());
    assertEquals("Cercle Jardin", items.get(1).note());

    watering.answer("bob", AnswerKind.CONSENT, null, NOW);
    assertEquals(1, ConsentHappenings.items(List.of(watering), "bob", NOW, FR).size());
    assertEquals(1, ConsentHappenings.items(List.of(watering), "alice", NOW, FR).size(), "the proposer waits for none");
  }

  @Test
  void anAdoptedProposalIsAResult() {
    ConsentProposal watering = new ConsentProposal("Jardin", "Arrosage", "Un soir chacun", "alice",
        NOW.minus(Duration.ofDays(1)), NOW.minus(Duration.ofDays(5)));
    watering.answer("bob", AnswerKind.CONSENT, null, NOW.minus(Duration.ofDays(4)));
    watering.adopt("alice", NOW.minus(Duration.ofHours(2)));
    List<Happening> items = ConsentHappenings.items(List.of(watering), "bob", NOW, FR);
    assertEquals(Kind.RESULT, items.get(0).kind());
    assertEquals("Adoptée par consentement du cercle Jardin", items.get(0).note());
  }
}
