package org.parvis.modules.worksites.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Worksites of the current tenant and their shifts. */
public interface WorksiteRepository {

  void add(Worksite worksite);

  Optional<Worksite> byId(UUID id);

  Optional<Worksite> lockById(UUID id);

  /** Newest first. */
  List<Worksite> all();

  void add(Shift shift);

  Optional<Shift> shiftById(UUID id);

  /** The shift, its row locked until the transaction ends: registrations of one shift queue. */
  Optional<Shift> lockShift(UUID id);

  /** Shifts of a worksite by start time. */
  List<Shift> shiftsOf(UUID worksiteId);

  /** Every shift of the tenant by start time (statistics, map, reminders). */
  List<Shift> allShifts();

  /** Ids of shifts starting between the two instants (reminders). */
  List<UUID> shiftsStartingBetween(java.time.Instant from, java.time.Instant to);

  /** The shifts where {@code person} holds a registration, by start time. */
  List<Shift> shiftsOfPerson(UUID person);
}
