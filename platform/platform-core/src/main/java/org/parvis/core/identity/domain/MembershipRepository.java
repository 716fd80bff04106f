package org.parvis.core.identity.domain;

import java.util.List;
import java.util.Optional;

/** Memberships of the current tenant. */
public interface MembershipRepository {

  Optional<Membership> bySubject(String subject);

  List<Membership> all();

  /** The members holding a role besides {@code citizen} (administrators, moderators, staff). */
  List<Membership> withDuties();

  void add(Membership membership);

  void remove(Membership membership);
}
