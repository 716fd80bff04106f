package org.parvis.modules.council.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CouncilMeetingTest {

  private static final Instant START = Instant.parse("2026-06-10T16:00:00Z");
  private static final Instant BEFORE = START.minusSeconds(86_400);

  private static CouncilMeeting.Plan plan(String agenda, int capacity) {
    return new CouncilMeeting.Plan("Atelier", START, START.plusSeconds(7_200), "Médiathèque", null,
        agenda, capacity);
  }

  @Test
  void aMeetingIsPreparedThenRunThenConcludedWithItsMinutes() {
    var meeting = new CouncilMeeting(null, plan("", 0));
    assertThrows(CouncilException.class, meeting::start, "no agenda yet");
    meeting.prepare(plan("1. Diagnostic", 0));
    assertThrows(CouncilException.class, () -> meeting.recordAttendance(List.of(UUID.randomUUID())));
    meeting.start();
    assertThrows(CouncilException.class, () -> meeting.prepare(plan("changé", 0)));
    UUID present = UUID.randomUUID();
    meeting.recordAttendance(List.of(present, present));
    assertEquals(List.of(present), meeting.present());
    assertThrows(CouncilException.class, () -> meeting.conclude(" "));
    meeting.conclude("Compte rendu");
    assertEquals(CouncilMeeting.Stage.CONCLUDED, meeting.stage());
    assertThrows(CouncilException.class, meeting::nextInvitation);
  }

  @Test
  void aMeetingHasAPlaceOrAVideoLinkAndEndsAfterItStarts() {
    assertThrows(CouncilException.class, () -> new CouncilMeeting(null,
        new CouncilMeeting.Plan("x", START, START.plusSeconds(60), " ", null, "a", 0)));
    assertThrows(CouncilException.class, () -> new CouncilMeeting(null,
        new CouncilMeeting.Plan("x", START, START, "Salle", null, "a", 0)));
  }

  @Test
  void anOpenWorkshopTakesRegistrationsUpToItsCapacityAndForgetsAddressesOnceConcluded() {
    var members = new CouncilMeeting(null, plan("a", 0));
    assertThrows(CouncilException.class, () -> members.register("Inès", "ines@example.org", BEFORE));

    var workshop = new CouncilMeeting(null, plan("a", 2));
    workshop.register("Inès", "ines@example.org", BEFORE);
    assertThrows(CouncilException.class, () -> workshop.register("Inès", "INES@example.org", BEFORE));
    workshop.register("Jules", "jules@example.org", BEFORE);
    assertThrows(CouncilException.class, () -> workshop.register("Karim", "karim@example.org", BEFORE));
    assertThrows(CouncilException.class, () -> workshop.prepare(plan("a", 1)), "two already registered");
    assertEquals(0, workshop.nextInvitation());
    assertEquals(1, workshop.nextInvitation(), "an update raises the calendar sequence");

    workshop.start();
    workshop.conclude("Merci à tous");
    assertEquals(2, workshop.registrations().size());
    workshop.registrations().forEach(r -> assertNull(r.email()));
  }

  @Test
  void registrationsCloseWhenTheWorkshopStarts() {
    var workshop = new CouncilMeeting(null, plan("a", 5));
    assertThrows(CouncilException.class, () -> workshop.register("Tard", "tard@example.org", START));
  }
}
