package org.parvis.core.residency.interfaces.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** People to issue codes for, and how long the codes stay valid (90 days unless given). */
public record CodesBody(
    @NotEmpty @Size(max = 1000) List<@NotNull @Valid IdentityBody> identities,
    @Min(1) @Max(365) Integer validDays) {

  public int validDaysOrDefault() {
    return validDays == null ? 90 : validDays;
  }
}
