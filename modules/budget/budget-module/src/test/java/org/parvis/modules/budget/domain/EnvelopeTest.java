package org.parvis.modules.budget.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class EnvelopeTest {

  private final UUID edition = UUID.randomUUID();

  @Test
  void theCityWideEnvelopeIsOpenToEveryDistrict() {
    var city = new Envelope(edition, "Toute la ville", 100_000, false, 0);
    assertTrue(city.openToResidentOf("Secteur 2"));
  }

  @Test
  void aDistrictEnvelopeIsOpenOnlyToItsResidentsWhateverTheCaseAndSpacing() {
    var sector = new Envelope(edition, "Secteur  2", 50_000, true, 1);
    assertTrue(sector.openToResidentOf(" secteur 2"));
    assertFalse(sector.openToResidentOf("Secteur 3"));
    assertFalse(sector.openToResidentOf("Secteur 21"));
  }
}
