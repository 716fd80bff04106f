package org.parvis.modules.convention.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Conventions of the current tenant with their volunteers, invitations and replacement rounds. */
public interface ConventionRepository {

  Optional<Convention> byId(UUID id);

  /** The convention, its row locked until the transaction ends: pool changes queue behind it. */
  Optional<Convention> lockById(UUID id);

  List<Convention> all();

  void add(Convention convention);

  /** Volunteers of a convention in pool order (by number). */
  List<Volunteer> volunteers(UUID conventionId);

  List<Volunteer> volunteers(UUID conventionId, Collection<VolunteerStatus> statuses);

  Optional<Volunteer> volunteer(UUID conventionId, int number);

  Optional<Volunteer> volunteerByWithdrawalToken(UUID conventionId, String tokenHash);

  /** Volunteers of a convention linked to this verified resident. */
  Optional<Volunteer> volunteerOfResident(UUID conventionId, UUID residentId);

  boolean hasVolunteer(UUID conventionId, String personKey);

  int nextNumber(UUID conventionId);

  void add(Volunteer volunteer);

  void remove(Volunteer volunteer);

  void add(Invitation invitation);

  Optional<Invitation> invitation(UUID conventionId, String codeHash);

  void add(Replacement replacement);

  List<Replacement> replacements(UUID conventionId);
}
