package org.parvis.modules.votations.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parvis.modules.votations.application.VotationReading.Summary;
import org.parvis.modules.votations.domain.CountingMethod;
import org.parvis.modules.votations.domain.Votation;
import org.parvis.spi.home.Happening;
import org.parvis.spi.home.Happening.Kind;
import org.parvis.spi.i18n.Texts;

class VotationHappeningsTest {

  private static final Instant NOW = Instant.now();
  private static final Texts FR = Texts.of("messages.votations", "fr");

  private static Votation votation(String question, int opensInDays, int closesInDays) {
    return new Votation(question, "", CountingMethod.SINGLE_CHOICE, List.of("Oui", "Non"), List.of(),
        NOW.plus(Duration.ofDays(opensInDays)), NOW.plus(Duration.ofDays(closesInDays)));
  }

  @Test
  void anOpenVoteIsListedWithItsClosingAndWaitsForAResidentWhoHasNotVoted() {
    Votation pool = votation("Faut-il couvrir la piscine Jean-Bron ?", -2, 5);
    List<Happening> items = VotationHappenings.items(List.of(new Summary(pool, "OPEN", 312, false)), FR);
    assertEquals(List.of(Kind.OPEN_NOW, Kind.WAITING_FOR_YOU), items.stream().map(Happening::kind).toList());
    assertEquals(pool.closesAt(), items.get(0).at());
    assertEquals("/votations/" + pool.id(), items.get(0).path());
    assertEquals("Votez : Faut-il couvrir la piscine Jean-Bron ?", items.get(1).title());
    assertEquals("Vous n'avez pas encore voté.", items.get(1).note());

    assertEquals(1, VotationHappenings.items(List.of(new Summary(pool, "OPEN", 312, true)), FR).size());
    assertEquals(1, VotationHappenings.items(List.of(new Summary(pool, "OPEN", 312, null)), FR).size());
  }

  @Test
  void aComingVoteAndAClosedOneWithItsResults() {
    Votation coming = votation("Nom de la médiathèque", 3, 10);
    Votation closed = votation("Horaires du marché", -20, -5);
    List<Happening> items = VotationHappenings.items(
        List.of(new Summary(coming, "UPCOMING", 0, null), new Summary(closed, "CLOSED", 845, null)), FR);
    assertEquals(Kind.UPCOMING, items.get(0).kind());
    assertEquals(coming.opensAt(), items.get(0).at());
    assertEquals(Kind.RESULT, items.get(1).kind());
    assertEquals("/votations/" + closed.id() + "/results", items.get(1).path());
  }
}
