package org.parvis.core.residency.interfaces.rest;

import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.parvis.core.residency.domain.VerificationMethod;

/** The verification methods a tenant offers: any of CODE, CENSUS, STAFF_APPROVAL. */
public record PolicyBody(@NotNull List<@NotNull VerificationMethod> methods) {

  public Set<VerificationMethod> asSet() {
    return methods.isEmpty() ? EnumSet.noneOf(VerificationMethod.class) : EnumSet.copyOf(methods);
  }
}
