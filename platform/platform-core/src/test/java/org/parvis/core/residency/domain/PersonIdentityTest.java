package org.parvis.core.residency.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PersonIdentityTest {

  private static final LocalDate BORN = LocalDate.of(1984, 3, 7);

  @Test
  void spellingsOfTheSameIdentityAreOneCanonicalForm() {
    var papers = new PersonIdentity("Lefèvre-Dubœuf", "Hélène  Marie", BORN);
    var typed = new PersonIdentity("  LEFEVRE DUBOEUF ", "helene marie", BORN);
    assertEquals("LEFEVRE DUBOEUF|HELENE MARIE|1984-03-07", papers.canonical());
    assertEquals(papers.canonical(), typed.canonical());
  }

  @Test
  void apostrophesAndCedillasAreFolded() {
    assertEquals("D ALEMBERT FRANCOIS", PersonIdentity.normalize("d'Alembert  François"));
    assertEquals("AEGIR", PersonIdentity.normalize("Ægir"));
  }

  @Test
  void aDifferentBirthDateIsADifferentIdentity() {
    assertNotEquals(
        new PersonIdentity("Martin", "Paul", BORN).canonical(),
        new PersonIdentity("Martin", "Paul", BORN.plusDays(1)).canonical());
  }

  @Test
  void namesWithoutLettersAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new PersonIdentity(" - ", "Paul", BORN));
    assertThrows(IllegalArgumentException.class, () -> new PersonIdentity("Martin", null, BORN));
    assertThrows(NullPointerException.class, () -> new PersonIdentity("Martin", "Paul", null));
  }
}
