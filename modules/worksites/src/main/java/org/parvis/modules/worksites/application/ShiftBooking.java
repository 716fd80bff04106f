package org.parvis.modules.worksites.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.parvis.modules.worksites.WorksitesModule;
import org.parvis.modules.worksites.domain.Shift;
import org.parvis.modules.worksites.domain.ShiftRegistration;
import org.parvis.modules.worksites.domain.Worksite;
import org.parvis.modules.worksites.domain.WorksiteRepository;
import org.parvis.spi.module.ModuleSettings;
import org.parvis.spi.problem.ProblemException;

/**
 * Volunteers register to shifts and cancel; staff record attendance. Every change locks the
 * shift's row first, so that places and the waiting list of one shift are decided one transaction
 * at a time: two cancellations at once free two places and promote two different people, never
 * the same one twice; the emails are queued in the same transaction.
 */
@ApplicationScoped
@Transactional
public class ShiftBooking {

  @Inject WorksiteRepository worksites;
  @Inject ModuleSettings settings;
  @Inject WorksiteMail mail;

  /**
   * The registration (a new one is {@code created}); registering twice returns the first.
   *
   * @param everyoneOldEnough the registrant declares that they and their companions have reached
   *     the worksite's minimum age (see {@link Worksite#admit(boolean)})
   */
  public Booked register(UUID shiftId, int companions, boolean everyoneOldEnough, Person volunteer) {
    Shift shift = lock(shiftId);
    Worksite worksite = plannedWorksite(shift);
    boolean created = shift.registrationOf(volunteer.id()).isEmpty();
    if (created) {
      WorksitePlanning.apply(() -> {
        worksite.admit(everyoneOldEnough);
        return worksite;
      });
    }
    int maxCompanions = (int) settings.getLong(WorksitesModule.ID, WorksitesModule.MAX_COMPANIONS);
    ShiftRegistration registration = WorksitePlanning.apply(() -> shift.register(volunteer.id(),
        volunteer.email(), companions, maxCompanions, Clock.systemUTC().instant()));
    if (created) {
      mail.registered(worksite, shift, registration);
    }
    return new Booked(shift, registration, created);
  }

  /** Cancels the volunteer's registration; returns who was promoted from the waiting list. */
  public List<ShiftRegistration> cancel(UUID shiftId, Person volunteer) {
    Shift shift = lock(shiftId);
    if (shift.registrationOf(volunteer.id()).isEmpty()) {
      throw ProblemException.notFound("You have no registration to shift " + shiftId);
    }
    Worksite worksite = worksite(shift);
    Shift.Cancellation cancellation = WorksitePlanning.apply(
        () -> shift.cancel(volunteer.id(), Clock.systemUTC().instant()));
    mail.cancelled(worksite, shift, cancellation.cancelled());
    cancellation.promoted().forEach(r -> mail.promoted(worksite, shift, r));
    return cancellation.promoted();
  }

  /**
   * Staff enter a past shift's registration taken on paper, with its attendance (see {@link
   * Shift#recordHeld}); no mail is sent.
   */
  public ShiftRegistration recordHeld(UUID shiftId, UUID person, int companions, int attendees) {
    Shift shift = lock(shiftId);
    return WorksitePlanning.apply(() -> shift.recordHeld(person, companions, attendees,
        Clock.systemUTC().instant()));
  }

  public ShiftRegistration recordAttendance(UUID shiftId, UUID registrationId, int attendees) {
    Shift shift = lock(shiftId);
    return WorksitePlanning.apply(() -> shift.recordAttendance(registrationId, attendees));
  }

  /** Sends the reminders due now for every shift of the tenant; each registration once. */
  public int sendReminders(Instant now) {
    long hours = settings.getLong(WorksitesModule.ID, WorksitesModule.REMINDER_HOURS);
    java.time.Duration lead = java.time.Duration.ofHours(hours);
    int sent = 0;
    for (UUID id : worksites.shiftsStartingBetween(now, now.plus(lead))) {
      Shift shift = lock(id);
      Worksite worksite = worksite(shift);
      for (ShiftRegistration registration : shift.takeRemindersDue(now, lead)) {
        mail.reminder(worksite, shift, registration);
        sent++;
      }
    }
    return sent;
  }

  public Shift shift(UUID shiftId) {
    return worksites.shiftById(shiftId).orElseThrow(() -> WorksiteProblems.notFound("shift", shiftId));
  }

  public List<Shift> shiftsOf(UUID person) {
    return worksites.shiftsOfPerson(person);
  }

  private Shift lock(UUID shiftId) {
    return worksites.lockShift(shiftId).orElseThrow(() -> WorksiteProblems.notFound("shift", shiftId));
  }

  private Worksite worksite(Shift shift) {
    return worksites.byId(shift.worksiteId()).orElseThrow();
  }

  private Worksite plannedWorksite(Shift shift) {
    Worksite worksite = worksite(shift);
    WorksitePlanning.apply(() -> {
      worksite.requirePlanned();
      return worksite;
    });
    return worksite;
  }

  /** A registration and its shift; {@code created} is false when it existed already. */
  public record Booked(Shift shift, ShiftRegistration registration, boolean created) {}
}
