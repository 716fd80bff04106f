package org.parvis.spi.module;

import java.util.Objects;
import java.util.Set;
import org.parvis.spi.security.TenantRole;

/**
 * An action a module defines (e.g. {@code pages.edit}) and the tenant roles allowed to perform it.
 */
public record ModulePermission(String action, LocalizedText description, Set<TenantRole> roles) {

  public ModulePermission {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(description, "description");
    roles = Set.copyOf(roles);
  }

  public boolean grantedTo(Set<TenantRole> held) {
    return held.stream().anyMatch(roles::contains);
  }
}
