package org.parvis.core.tenant.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parvis.core.tenant.domain.OfficialCommune;

class OfficialCommunesTest {

  private final OfficialCommunes communes = new OfficialCommunes();

  @Test
  void realCodesGiveTheOfficialNamePopulationDepartmentAndIntercommunality() {
    OfficialCommune grenoble = communes.byCode("38185").orElseThrow();
    assertEquals("Grenoble", grenoble.name());
    assertEquals("38", grenoble.departmentCode());
    assertEquals("Isère", grenoble.departmentName());
    assertEquals("Grenoble-Alpes-Métropole", grenoble.intercommunality());
    assertTrue(grenoble.population() > 150_000, grenoble::toString);

    OfficialCommune paris = communes.byCode("75056").orElseThrow();
    assertEquals("Paris", paris.name());
    assertEquals("Métropole du Grand Paris", paris.intercommunality());
    assertTrue(paris.population() > 2_000_000, paris::toString);

    OfficialCommune smh = communes.byCode(" 38421 ").orElseThrow();
    assertEquals("Saint-Martin-d'Hères", smh.name(), "accents and apostrophe kept");

    assertEquals("Ajaccio", communes.byCode("2a004").orElseThrow().name(), "Corsica's codes");
    assertEquals("Guadeloupe", communes.byCode("97101").orElseThrow().departmentName(), "overseas");
  }

  @Test
  void unknownAndFormerCodesAreNotFound() {
    assertEquals(Optional.empty(), communes.byCode("99999"));
    assertEquals(Optional.empty(), communes.byCode("38000"), "a postcode, not an INSEE code");
    assertEquals(Optional.empty(), communes.byCode(""));
    assertEquals(Optional.empty(), communes.byCode(null));
    assertEquals(Optional.empty(), communes.byCode("75101"), "a municipal arrondissement is not a commune");
    assertTrue(communes.size() > 34_000, "the whole list: " + communes.size());
  }
}
