package org.parvis.spi.security;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Opaque keys standing for one person in the current tenant, for "once per person" rules that
 * mix online participation with civil identities typed in by staff (paper signatures). The key of
 * a civil identity (names and birth date, compared without case, accents or punctuation) equals
 * the key of the verified resident holding that identity. Keys are keyed hashes: they reveal no
 * name and cannot be tested against guessed identities without the instance key. Injectable.
 */
public interface PersonKeys {

  /** The key of the person verified as {@code residentId} (see {@link Caller#verifiedResidentId()}). */
  Optional<String> ofResident(UUID residentId);

  /**
   * The key of a civil identity.
   *
   * @throws IllegalArgumentException when a name has no letter
   */
  String ofIdentity(String lastName, String firstNames, LocalDate birthDate);
}
