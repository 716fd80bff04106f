package org.parvis.core.residency.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.parvis.core.residency.domain.PersonIdentity;
import org.parvis.core.residency.domain.ResidencyRepository;
import org.parvis.core.residency.infrastructure.crypto.InstanceIdentityKey;
import org.parvis.spi.security.PersonKeys;
import org.parvis.spi.tenant.CurrentTenant;

/**
 * Person keys derived from the tenant-bound identity hash, hashed once more so that a module's
 * table never holds the same value as {@code parvis_verified_identity} or the census.
 */
@ApplicationScoped
public class ResidentPersonKeys implements PersonKeys {

  @Inject ResidencyRepository residency;
  @Inject InstanceIdentityKey key;
  @Inject CurrentTenant tenant;

  @Override
  public Optional<String> ofResident(UUID residentId) {
    return residency.verifiedById(residentId).map(v -> personKey(v.identityHash()));
  }

  @Override
  public String ofIdentity(String lastName, String firstNames, LocalDate birthDate) {
    PersonIdentity identity = new PersonIdentity(lastName, firstNames, birthDate);
    return personKey(key.hashing().identityHash(tenant.require().id(), identity));
  }

  private String personKey(String identityHash) {
    return key.hashing().hmacHex("person|" + identityHash);
  }
}
