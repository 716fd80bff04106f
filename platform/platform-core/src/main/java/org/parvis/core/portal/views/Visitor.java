package org.parvis.core.portal.views;

import java.util.Set;
import org.parvis.spi.security.TenantRole;

/** Who is visiting, as templates read it ({@code me}). */
public record Visitor(boolean signedIn, String displayName, Set<TenantRole> roles, boolean verifiedResident) {

  public static final Visitor ANONYMOUS = new Visitor(false, null, Set.of(), false);

  public boolean admin() {
    return roles.contains(TenantRole.ADMIN);
  }

  public boolean staff() {
    return roles.contains(TenantRole.STAFF) || admin();
  }

  public boolean moderator() {
    return roles.contains(TenantRole.MODERATOR) || admin();
  }
}
