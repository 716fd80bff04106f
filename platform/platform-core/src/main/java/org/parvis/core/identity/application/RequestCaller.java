package org.parvis.core.identity.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.parvis.core.multitenancy.TenantContext;
import org.parvis.core.portal.PortalSession;
import org.parvis.core.portal.SignedIn;
import org.parvis.core.residency.application.VerifiedResidents;
import org.parvis.core.web.rest.Endpoints;
import org.parvis.spi.security.Caller;
import org.parvis.spi.security.TenantRole;

/**
 * The caller of the current HTTP request. On the API, identity comes only from a bearer token
 * validated by WildFly's OIDC client; on portal pages (told apart by the matched resource, {@link
 * Endpoints}), from the portal session (sign-in through
 * Keycloak). Tenant roles come from Parvis' own memberships, verification from the tenant's
 * verified identities.
 */
@RequestScoped
public class RequestCaller implements Caller {

  /** Realm role of the instance operators. */
  public static final String OPERATOR_ROLE = "operator";

  @Inject HttpServletRequest request;
  @Inject MembershipAdministration memberships;
  @Inject VerifiedResidents residents;

  /** The demo person a demo load acts as ({@link #actingAs}), on this thread. */
  private static final ThreadLocal<String> ACTING = new ThreadLocal<>();

  private Set<TenantRole> roles;
  private Optional<VerifiedResidents.Resident> resident;
  private Optional<String> email;

  /**
   * Runs {@code work} as the account {@code subject} without an HTTP request: only the demo load
   * does this ({@code DemoActing}). Nothing is remembered across persons.
   */
  public static <T> T actingAs(String subject, java.util.function.Supplier<T> work) {
    String previous = ACTING.get();
    ACTING.set(subject);
    try {
      return work.get();
    } finally {
      if (previous == null) {
        ACTING.remove();
      } else {
        ACTING.set(previous);
      }
    }
  }

  @Override
  public Optional<String> subject() {
    if (ACTING.get() != null) {
      return Optional.of(ACTING.get());
    }
    Principal principal = request.getUserPrincipal();
    if (principal != null) {
      return Optional.of(principal.getName());
    }
    return portalSession().map(SignedIn::subject);
  }

  @Override
  public Set<TenantRole> tenantRoles() {
    if (ACTING.get() != null) {
      return TenantContext.current().isPresent() ? memberships.rolesOf(ACTING.get()) : Set.of();
    }
    if (roles == null) {
      roles = subject().isPresent() && TenantContext.current().isPresent()
          ? memberships.rolesOf(subject().get())
          : Set.of();
    }
    return roles;
  }

  @Override
  public boolean isOperator() {
    if (ACTING.get() != null) {
      return false;
    }
    if (request.getUserPrincipal() != null) {
      return request.isUserInRole(OPERATOR_ROLE);
    }
    return portalSession().map(SignedIn::operator).orElse(false);
  }

  @Override
  public boolean isVerifiedResident() {
    return verifiedResidentId().isPresent();
  }

  @Override
  public Optional<UUID> verifiedResidentId() {
    return resident().map(VerifiedResidents.Resident::identityId);
  }

  @Override
  public Optional<String> verifiedResidentDistrict() {
    return resident().flatMap(VerifiedResidents.Resident::district);
  }

  private Optional<VerifiedResidents.Resident> resident() {
    if (ACTING.get() != null) {
      return TenantContext.current().isPresent() ? residents.of(ACTING.get()) : Optional.empty();
    }
    if (resident == null) {
      resident = subject().isPresent() && TenantContext.current().isPresent()
          ? residents.of(subject().get())
          : Optional.empty();
    }
    return resident;
  }

  @Override
  public Optional<String> email() {
    if (ACTING.get() != null) {
      return Optional.empty();
    }
    if (email == null) {
      email = verifiedEmail();
    }
    return email;
  }

  /**
   * The token was validated by WildFly's OIDC client (API) or at sign-in (portal), so its claims
   * can be read without checking the signature again.
   */
  private Optional<String> verifiedEmail() {
    String token = null;
    if (request.getUserPrincipal() != null) {
      String authorization = request.getHeader("Authorization");
      if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
        token = authorization.substring(7).trim();
      }
    } else {
      token = portalSession().map(SignedIn::idToken).orElse(null);
    }
    return token == null ? Optional.empty() : TokenClaims.verifiedEmail(token);
  }

  /**
   * The portal session counts only on portal pages ({@link Endpoints#sessionApplies}): a session
   * cookie is never an API credential, whatever the path looks like.
   */
  private Optional<SignedIn> portalSession() {
    return Endpoints.sessionApplies(request) ? PortalSession.signedIn(request) : Optional.empty();
  }
}
