package org.parvis.modules.worksites.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.Caller;
import org.parvis.spi.security.TenantRole;

/** Who may open the staff's worksites pages: staff and admins; moderation also moderators. */
@RequestScoped
public class StaffAccess {

  @Inject Caller caller;

  public void requireStaff() {
    Set<TenantRole> roles = caller.tenantRoles();
    if (!roles.contains(TenantRole.STAFF) && !roles.contains(TenantRole.ADMIN)) {
      throw ProblemException.forbidden("The worksites' staff pages are for the commune's staff");
    }
  }

  public void requireModerator() {
    if (!caller.tenantRoles().contains(TenantRole.MODERATOR)) {
      requireStaff();
    }
  }
}
