package org.parvis.core.identity.interfaces.rest;

import jakarta.validation.constraints.NotNull;
import org.parvis.core.identity.domain.RoleSets;
import java.util.List;
import java.util.Set;
import org.parvis.spi.security.TenantRole;

/** The roles a person is to hold in a tenant. */
public record RolesBody(@NotNull List<@NotNull TenantRole> roles) {

  public Set<TenantRole> asSet() {
    return RoleSets.of(roles);
  }
}
