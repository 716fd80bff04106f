package org.parvis.core.residency.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CensusCsvTest {

  @Test
  void readsIsoAndFrenchDatesAndSkipsAHeaderAndBlankLines() {
    var parsed = CensusCsv.parse(
        "\uFEFFnom;prénoms;date de naissance\r\nDurand;Marie;1975-12-31\r\n\r\nPetit;Luc Jean;02/03/2001\n");
    assertTrue(parsed.valid(), parsed.errors()::toString);
    assertEquals(2, parsed.identities().size());
    assertEquals(LocalDate.of(2001, 3, 2), parsed.identities().get(1).birthDate());
    assertEquals("PETIT|LUC JEAN|2001-03-02", parsed.identities().get(1).canonical());
  }

  @Test
  void anOptionalFourthColumnGivesTheDistrictOfResidence() {
    var parsed = CensusCsv.parse("nom;prénoms;date de naissance;quartier\n"
        + "Durand;Marie;1975-12-31; Secteur 2 \nPetit;Luc;02/03/2001;\nMartin;Paul;1990-01-01\n");
    assertTrue(parsed.valid(), parsed.errors()::toString);
    assertEquals(3, parsed.residents().size());
    assertEquals(Optional.of("Secteur 2"), parsed.residents().get(0).district());
    assertEquals(Optional.empty(), parsed.residents().get(1).district());
    assertEquals(Optional.empty(), parsed.residents().get(2).district());
  }

  @Test
  void aDistrictNameTooLongOrAFifthColumnIsAnError() {
    var parsed = CensusCsv.parse("Durand;Marie;1975-12-31;" + "x".repeat(101)
        + "\nPetit;Luc;02/03/2001;Secteur 1;en trop\n");
    assertEquals(2, parsed.errors().size(), parsed.errors()::toString);
    assertEquals("1", parsed.errors().get(0).get("line"));
    assertEquals("2", parsed.errors().get(1).get("line"));
  }

  @Test
  void badLinesAreReportedWithTheirNumbers() {
    var parsed = CensusCsv.parse("Durand;Marie;1975-12-31\nPetit;Luc\nMartin;Paul;31/02/2000\n");
    assertFalse(parsed.valid());
    assertEquals(2, parsed.errors().size());
    assertEquals("2", parsed.errors().get(0).get("line"));
    assertEquals("3", parsed.errors().get(1).get("line"));
  }

  @Test
  void anEmptyCensusIsAnError() {
    assertFalse(CensusCsv.parse("\n\n").valid());
  }
}
