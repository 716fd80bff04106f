package org.parvis.core.residency.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import org.parvis.spi.demo.DemoPerson;
import org.parvis.spi.demo.DemoResidents;

/** The demo people's verification in the current tenant, read as for a signed-in caller. */
@ApplicationScoped
public class DemoResidentsOfTenant implements DemoResidents {

  @Inject VerifiedResidents residents;

  @Override
  public Optional<UUID> residentId(DemoPerson person) {
    return residents.of(person.subject().toString()).map(VerifiedResidents.Resident::identityId);
  }

  @Override
  public Optional<String> district(DemoPerson person) {
    return residents.of(person.subject().toString()).flatMap(VerifiedResidents.Resident::district);
  }
}
