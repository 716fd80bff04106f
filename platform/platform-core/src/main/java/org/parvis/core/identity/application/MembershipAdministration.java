package org.parvis.core.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import org.parvis.core.identity.domain.Membership;
import org.parvis.core.identity.domain.MembershipRepository;
import org.parvis.spi.security.TenantRole;

/** Appointing people to roles in the current tenant. */
@ApplicationScoped
@Transactional
public class MembershipAdministration {

  @Inject MembershipRepository memberships;

  public Membership assign(String subject, Set<TenantRole> roles) {
    Membership membership = ensureMember(subject);
    membership.assignRoles(roles);
    return membership;
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
