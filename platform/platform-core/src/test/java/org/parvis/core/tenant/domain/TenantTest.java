package org.parvis.core.tenant.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parvis.spi.tenant.TenantKind;

class TenantTest {

  private final Tenant tenant = new Tenant("cayenne", TenantKind.COMMUNE, "Cayenne", List.of("cayenne.localhost"));

  @Test
  void aNewTenantKeepsTheClocksOfMetropolitanFrance() {
    assertEquals(ZoneId.of("Europe/Paris"), tenant.toRef().zone());
  }

  @Test
  void anOverseasCommuneShowsItsOwnTime() {
    tenant.changeTimeZone("America/Cayenne");
    assertEquals(ZoneId.of("America/Cayenne"), tenant.toRef().zone());
  }

  @Test
  void anUnknownZoneIsRefusedAndTheZoneIsKept() {
    assertThrows(IllegalArgumentException.class, () -> tenant.changeTimeZone("Mars/Olympus"));
    assertEquals(ZoneId.of("Europe/Paris"), tenant.toRef().zone());
  }
}
