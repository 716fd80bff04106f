package org.parvis.core.residency.interfaces.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;

/**
 * People to issue codes for, how long the codes stay valid (90 days unless given) and, optionally,
 * the district they live in (the codes verify them in it).
 */
public record CodesBody(
    @NotEmpty @Size(max = 1000) List<@NotNull @Valid IdentityBody> identities,
    @Min(1) @Max(365) Integer validDays,
    @Size(max = 100) String district) {

  public Optional<String> districtIfAny() {
    return district == null || district.isBlank()
        ? Optional.empty() : Optional.of(district.strip());
  }

  public int validDaysOrDefault() {
    return validDays == null ? 90 : validDays;
  }
}
