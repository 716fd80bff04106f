package org.parvis.spi.demo;

import java.util.Optional;
import java.util.UUID;

/**
 * What the platform knows of a demo person in the current tenant, for a {@link DemoContent} that
 * acts as them without a request (a ballot, a signature): the same values {@link
 * org.parvis.spi.security.Caller} gives when they sign in. Injectable; meant for demo loads only.
 */
public interface DemoResidents {

  /** As {@link org.parvis.spi.security.Caller#verifiedResidentId()}; empty unless verified. */
  Optional<UUID> residentId(DemoPerson person);

  /** As {@link org.parvis.spi.security.Caller#verifiedResidentDistrict()}. */
  Optional<String> district(DemoPerson person);
}
