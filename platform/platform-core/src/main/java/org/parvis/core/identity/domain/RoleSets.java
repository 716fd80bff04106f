package org.parvis.core.identity.domain;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.parvis.spi.security.TenantRole;

/** Role collections as the mutable enum sets memberships store. */
public final class RoleSets {

  private RoleSets() {}

  public static Set<TenantRole> of(Collection<TenantRole> roles) {
    return roles.isEmpty() ? EnumSet.noneOf(TenantRole.class) : EnumSet.copyOf(roles);
  }
}
