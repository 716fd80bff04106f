package org.parvis.core.residency.interfaces.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.parvis.core.residency.domain.VerificationMethod;

/**
 * The verification methods a tenant offers (any of CODE, CENSUS, STAFF_APPROVAL) and, optionally, the minimum age
 * (0 to 120; unchanged when absent).
 */
public record PolicyBody(@NotNull List<@NotNull VerificationMethod> methods,
    @Min(0) @Max(120) Integer minimumAge) {

  public Set<VerificationMethod> asSet() {
    return methods.isEmpty() ? EnumSet.noneOf(VerificationMethod.class) : EnumSet.copyOf(methods);
  }
}
