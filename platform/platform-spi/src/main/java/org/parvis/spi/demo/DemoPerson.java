package org.parvis.spi.demo;

import java.util.Objects;
import java.util.UUID;

/**
 * A demo person: an account of the realm's demo users.
 *
 * @param subject the account's subject (as in tokens)
 * @param displayName the name shown on pages
 * @param verifiedResident whether the tenant verified their residency
 */
public record DemoPerson(UUID subject, String displayName, boolean verifiedResident) {

  public DemoPerson {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(displayName, "displayName");
  }
}
