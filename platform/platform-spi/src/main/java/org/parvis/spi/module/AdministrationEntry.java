package org.parvis.spi.module;

import java.util.Objects;
import java.util.Set;
import org.parvis.spi.security.TenantRole;

/**
 * An administration page of a module, listed on the tenant's administration home for the people who hold one of
 * {@code roles} while the module is enabled.
 *
 * @param label the page's name
 * @param description what is done there, in a sentence
 * @param path the page, on the tenant's host
 * @param roles who may open it (the same roles its resource requires)
 */
public record AdministrationEntry(LocalizedText label, LocalizedText description, String path, Set<TenantRole> roles) {

  public AdministrationEntry {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(description, "description");
    if (path == null || !path.startsWith("/")) {
      throw new IllegalArgumentException("Administration path must start with '/': " + path);
    }
    roles = Set.copyOf(roles);
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("An administration page needs at least one role: " + path);
    }
  }

  /** Whether someone holding {@code held} may open it. */
  public boolean openTo(Set<TenantRole> held) {
    return held.stream().anyMatch(roles::contains);
  }
}
