package org.parvis.core.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import org.parvis.core.identity.domain.Membership;
import org.parvis.core.identity.domain.MembershipRepository;
import org.parvis.core.identity.domain.RoleSets;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.TenantRole;

/** Appointing people to roles in the current tenant. */
@ApplicationScoped
@Transactional
public class MembershipAdministration {

  /** The problem type of revoking the last administrator's role. */
  public static final String LAST_ADMINISTRATOR = "urn:parvis:problem:last-administrator";

  @Inject MembershipRepository memberships;

  public Membership assign(String subject, Set<TenantRole> roles) {
    Membership membership = ensureMember(subject);
    membership.assignRoles(roles);
    return membership;
  }

  /** Gives {@code subject} one more role, making them a member if they were not; granting a role held is harmless. */
  public Membership grant(String subject, TenantRole role) {
    Membership membership = ensureMember(subject);
    Set<TenantRole> roles = RoleSets.of(membership.roles());
    roles.add(role);
    membership.assignRoles(roles);
    return membership;
  }

  /**
   * Takes one role from {@code subject} (they stay a member); revoking a role not held is harmless. The tenant's
   * last administrator keeps theirs: a 409 {@code last-administrator}, so that a tenant is never left without one.
   */
  public void revoke(String subject, TenantRole role) {
    memberships.bySubject(subject).filter(m -> m.roles().contains(role)).ifPresent(membership -> {
      if (role == TenantRole.ADMIN && administrators() <= 1) {
        throw ProblemException.conflict(LAST_ADMINISTRATOR, "The tenant's last administrator keeps that role");
      }
      Set<TenantRole> roles = RoleSets.of(membership.roles());
      roles.remove(role);
      membership.assignRoles(roles);
    });
  }

  /** The members holding a role besides citizen: the tenant's administrators, moderators and staff. */
  public List<Membership> withDuties() {
    return memberships.withDuties();
  }

  private long administrators() {
    return memberships.withDuties().stream().filter(m -> m.roles().contains(TenantRole.ADMIN)).count();
  }

  /** Makes {@code subject} a member (citizen) unless already one; keeps existing roles. */
  public Membership ensureMember(String subject) {
    return memberships.bySubject(subject).orElseGet(() -> {
      Membership created = new Membership(subject);
      memberships.add(created);
      return created;
    });
  }

  /** Ends {@code subject}'s membership, if any. */
  public void remove(String subject) {
    memberships.bySubject(subject).ifPresent(memberships::remove);
  }

  public Set<TenantRole> rolesOf(String subject) {
    return memberships.bySubject(subject).map(Membership::roles).orElse(Set.of());
  }

  public List<Membership> all() {
    return memberships.all();
  }
}
