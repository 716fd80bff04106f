package org.parvis.core.identity.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import org.parvis.core.multitenancy.TenantContext;
import org.parvis.core.portal.PortalSession;
import org.parvis.core.portal.SignedIn;
import org.parvis.spi.security.Caller;
import org.parvis.spi.security.TenantRole;

/**
 * The caller of the current HTTP request. On the API, identity comes only from a bearer token
 * validated by WildFly's OIDC client; on portal pages, from the portal session (sign-in through
 * Keycloak). Tenant roles come from Parvis' own memberships.
 */
@RequestScoped
public class RequestCaller implements Caller {

  /** Realm role of the instance operators. */
  public static final String OPERATOR_ROLE = "operator";

  @Inject HttpServletRequest request;
  @Inject MembershipAdministration memberships;

  private Set<TenantRole> roles;

  @Override
  public Optional<String> subject() {
    Principal principal = request.getUserPrincipal();
    if (principal != null) {
      return Optional.of(principal.getName());
    }
    return portalSession().map(SignedIn::subject);
  }

  @Override
  public Set<TenantRole> tenantRoles() {
    if (roles == null) {
      roles = subject().isPresent() && TenantContext.current().isPresent()
          ? memberships.rolesOf(subject().get())
          : Set.of();
    }
    return roles;
  }

  @Override
  public boolean isOperator() {
    if (request.getUserPrincipal() != null) {
      return request.isUserInRole(OPERATOR_ROLE);
    }
    return portalSession().map(SignedIn::operator).orElse(false);
  }

  @Override
  public boolean isVerifiedResident() {
    return false;
  }

  private Optional<SignedIn> portalSession() {
    return request.getRequestURI().startsWith("/api/")
        ? Optional.empty()
        : PortalSession.signedIn(request);
  }
}
