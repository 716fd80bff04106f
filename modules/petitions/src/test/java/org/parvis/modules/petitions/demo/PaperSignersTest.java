package org.parvis.modules.petitions.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parvis.modules.petitions.application.PaperIdentity;

class PaperSignersTest {

  @Test
  void fourHundredDistinctAdultsWhateverTheOffset() {
    List<PaperIdentity> signers = PaperSigners.take(0, 400);
    assertEquals(400, new HashSet<>(signers).size());
    assertEquals(400, signers.stream().map(s -> s.lastName() + "|" + s.firstNames()).distinct()
        .count(), "names alone differ too");
    for (PaperIdentity s : signers) {
      assertTrue(s.birthDate().isBefore(LocalDate.of(2006, 1, 1)), s::toString);
    }
    assertEquals(PaperSigners.take(200, 5), signers.subList(200, 205));
  }

  @Test
  void theTwoBatchesOfTheDemoDoNotOverlap() {
    var answered = new HashSet<>(PaperSigners.take(0, 50));
    PaperSigners.take(200, 50).forEach(s -> assertTrue(!answered.contains(s), s::toString));
  }
}
