package org.parvis.core.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parvis.core.identity.domain.Membership;
import org.parvis.core.identity.domain.MembershipRepository;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.TenantRole;

class MembershipAdministrationTest {

  private static final class InMemory implements MembershipRepository {
    final List<Membership> all = new ArrayList<>();

    @Override public Optional<Membership> bySubject(String subject) {
      return all.stream().filter(m -> m.subject().equals(subject)).findFirst();
    }
    @Override public List<Membership> all() { return List.copyOf(all); }
    @Override public List<Membership> withDuties() {
      return all.stream().filter(m -> !m.roles().equals(Set.of(TenantRole.CITIZEN))).toList();
    }
    @Override public void add(Membership membership) { all.add(membership); }
    @Override public void remove(Membership membership) { all.remove(membership); }
  }

  private static MembershipAdministration administration() {
    MembershipAdministration administration = new MembershipAdministration();
    administration.memberships = new InMemory();
    return administration;
  }

  @Test
  void grantingAddsOneRoleAndRevokingTakesOnlyThatOne() {
    MembershipAdministration members = administration();
    members.grant("camille", TenantRole.STAFF);
    members.grant("camille", TenantRole.MODERATOR);
    members.grant("camille", TenantRole.STAFF);
    assertEquals(Set.of(TenantRole.CITIZEN, TenantRole.STAFF, TenantRole.MODERATOR), members.rolesOf("camille"));
    members.revoke("camille", TenantRole.STAFF);
    assertEquals(Set.of(TenantRole.CITIZEN, TenantRole.MODERATOR), members.rolesOf("camille"));
    members.revoke("nobody", TenantRole.STAFF);
    assertEquals(1, members.withDuties().size(), "revoking from nobody creates nobody");
  }

  @Test
  void theLastAdministratorKeepsTheirRole() {
    MembershipAdministration members = administration();
    members.grant("alex", TenantRole.ADMIN);
    ProblemException refused = assertThrows(ProblemException.class, () -> members.revoke("alex", TenantRole.ADMIN));
    assertEquals(409, refused.status());
    assertEquals(MembershipAdministration.LAST_ADMINISTRATOR, refused.type());
    members.grant("camille", TenantRole.ADMIN);
    members.revoke("alex", TenantRole.ADMIN);
    assertEquals(Set.of(TenantRole.CITIZEN), members.rolesOf("alex"));
  }
}
