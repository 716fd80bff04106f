package org.parvis.modules.worksites.application;

import java.util.Objects;
import java.util.UUID;

/**
 * A verified resident acting: their stable id in the tenant ({@code Caller.verifiedResidentId()})
 * and the verified email address to notify, {@code null} if they have none.
 */
public record Person(UUID id, String email) {

  public Person {
    Objects.requireNonNull(id, "id");
  }
}
