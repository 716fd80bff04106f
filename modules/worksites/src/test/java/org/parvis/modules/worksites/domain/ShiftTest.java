package org.parvis.modules.worksites.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ShiftTest {

  private static final Instant NOW = Instant.parse("2027-05-01T08:00:00Z");
  private static final Instant START = Instant.parse("2027-05-08T08:00:00Z");

  private final Shift shift = new Shift(UUID.randomUUID(), START, START.plus(Duration.ofHours(3)), 5);

  private ShiftRegistration register(UUID person, int companions) {
    return shift.register(person, null, companions, 4, NOW);
  }

  @Test
  void companionsTakePlacesAndTheNextGroupThatDoesNotFitWaits() {
    var first = register(UUID.randomUUID(), 2);
    var second = register(UUID.randomUUID(), 1);
    var third = register(UUID.randomUUID(), 1);

    assertEquals(RegistrationStatus.CONFIRMED, first.status());
    assertEquals(RegistrationStatus.CONFIRMED, second.status());
    assertEquals(RegistrationStatus.WAITING, third.status(), "5 places, 3 + 2 taken, 2 more asked");
    assertEquals(5, shift.confirmedPlaces());
    assertEquals(0, shift.freePlaces());
  }

  @Test
  void nobodyOvertakesTheWaitingListEvenWhenAPlaceIsFree() {
    register(UUID.randomUUID(), 3);
    var group = register(UUID.randomUUID(), 1);
    var single = register(UUID.randomUUID(), 0);

    assertEquals(RegistrationStatus.WAITING, group.status());
    assertEquals(RegistrationStatus.WAITING, single.status(), "one place is free, but a group waits");
    assertEquals(List.of(group, single), shift.waiting());
    assertEquals(2, shift.waitingRank(single).orElseThrow());
  }

  @Test
  void aCancellationPromotesTheWaitingListInArrivalOrderWhileTheyFit() {
    var leaving = UUID.randomUUID();
    register(leaving, 2);
    register(UUID.randomUUID(), 1);
    var firstWaiting = register(UUID.randomUUID(), 0);
    var secondWaiting = register(UUID.randomUUID(), 1);
    var thirdWaiting = register(UUID.randomUUID(), 0);

    var cancellation = shift.cancel(leaving, NOW);

    assertEquals(List.of(firstWaiting, secondWaiting), cancellation.promoted());
    assertEquals(RegistrationStatus.WAITING, thirdWaiting.status());
    assertEquals(5, shift.confirmedPlaces());
    assertEquals(List.of(thirdWaiting), shift.waiting());
  }

  @Test
  void promotionStopsAtTheFirstGroupThatDoesNotFit() {
    var leaving = UUID.randomUUID();
    register(leaving, 0);
    register(UUID.randomUUID(), 3);
    var group = register(UUID.randomUUID(), 2);
    var single = register(UUID.randomUUID(), 0);

    var cancellation = shift.cancel(leaving, NOW);

    assertTrue(cancellation.promoted().isEmpty(), "the group of 3 needs 3 places, 1 is free");
    assertEquals(List.of(group, single), shift.waiting());
  }

  @Test
  void aSecondCancellationPromotesNobodyTwice() {
    var a = UUID.randomUUID();
    var b = UUID.randomUUID();
    register(a, 0);
    register(b, 0);
    register(UUID.randomUUID(), 2);
    var waiting1 = register(UUID.randomUUID(), 0);
    var waiting2 = register(UUID.randomUUID(), 0);

    assertEquals(List.of(waiting1), shift.cancel(a, NOW).promoted());
    assertEquals(List.of(waiting2), shift.cancel(b, NOW).promoted());
    assertTrue(shift.waiting().isEmpty());
  }

  @Test
  void registeringTwiceReturnsTheSameRegistration() {
    var person = UUID.randomUUID();
    var first = register(person, 1);
    assertSame(first, shift.register(person, null, 3, 4, NOW));
    assertEquals(2, shift.confirmedPlaces());
  }

  @Test
  void groupsLargerThanTheShiftAndLateRegistrationsAreRefused() {
    assertEquals("group-too-large",
        assertThrows(WorksiteRuleException.class,
            () -> shift.register(UUID.randomUUID(), null, 5, 10, NOW)).code());
    assertEquals("too-many-companions", assertThrows(WorksiteRuleException.class,
        () -> shift.register(UUID.randomUUID(), null, 2, 1, NOW)).code());
    assertEquals("shift-started", assertThrows(WorksiteRuleException.class,
        () -> shift.register(UUID.randomUUID(), null, 0, 4, START)).code());
  }

  @Test
  void volunteerTimeIsAttendeesTimesTheShiftDuration() {
    var a = register(UUID.randomUUID(), 2);
    var b = register(UUID.randomUUID(), 1);
    shift.recordAttendance(a.id(), 3);
    shift.recordAttendance(b.id(), 1);

    assertEquals(4, shift.attendees());
    assertEquals(Duration.ofHours(12), shift.volunteerTime());
    assertEquals("invalid-attendees", assertThrows(WorksiteRuleException.class,
        () -> shift.recordAttendance(b.id(), 3)).code());
  }

  @Test
  void waitingPeopleCannotBeCheckedIn() {
    register(UUID.randomUUID(), 4);
    var waiting = register(UUID.randomUUID(), 0);
    assertEquals("not-confirmed", assertThrows(WorksiteRuleException.class,
        () -> shift.recordAttendance(waiting.id(), 1)).code());
  }

  @Test
  void eachConfirmedRegistrationIsRemindedOnceWithinTheLeadTime() {
    var confirmed = register(UUID.randomUUID(), 4);
    register(UUID.randomUUID(), 0);
    Duration lead = Duration.ofHours(48);

    assertTrue(shift.takeRemindersDue(START.minus(Duration.ofHours(49)), lead).isEmpty());
    assertEquals(List.of(confirmed), shift.takeRemindersDue(START.minus(Duration.ofHours(47)), lead));
    assertTrue(shift.takeRemindersDue(START.minus(Duration.ofHours(46)), lead).isEmpty());
    assertTrue(shift.takeRemindersDue(START, lead).isEmpty());
  }

  @Test
  void aHeldShiftsPaperRegistrationsCountTheirVolunteerTimeOnlyOnceItEnded() {
    Instant after = START.plus(Duration.ofHours(4));
    assertThrows(WorksiteRuleException.class,
        () -> shift.recordHeld(UUID.randomUUID(), 0, 1, START.plus(Duration.ofHours(1))));
    var held = shift.recordHeld(UUID.randomUUID(), 2, 3, after);
    shift.recordHeld(UUID.randomUUID(), 0, 0, after);

    assertEquals(RegistrationStatus.CONFIRMED, held.status());
    assertEquals(3, shift.attendees());
    assertEquals(Duration.ofHours(9), shift.volunteerTime());
    assertThrows(WorksiteRuleException.class,
        () -> shift.recordHeld(UUID.randomUUID(), 2, 3, after), "5 places, 4 taken");
  }
}
