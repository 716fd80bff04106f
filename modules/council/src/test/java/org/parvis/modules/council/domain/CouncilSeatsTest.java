package org.parvis.modules.council.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CouncilSeatsTest {

  private final Council council = new Council("Conseil de développement", "Grand Territoire", 3,
      AdoptionRule.consent(AdoptionScope.PER_COLLEGE));

  @Test
  void aCollegeTakesNoMoreMembersThanItHasSeats() {
    var citizens = council.defineCollege("Citoyens", 2, true, 0);
    council.requireFreeSeat(citizens.id(), 1);
    var full = assertThrows(CouncilException.class, () -> council.requireFreeSeat(citizens.id(), 2));
    assertTrue(full.getMessage().contains("2 seats"), full.getMessage());
  }

  @Test
  void seatsCannotDropBelowTheMembersSitting() {
    council.defineCollege("Associations", 4, true, 0);
    assertThrows(CouncilException.class, () -> council.defineCollege("associations", 2, true, 3));
    var changed = council.defineCollege("ASSOCIATIONS", 3, false, 3);
    assertEquals(3, changed.seats());
    assertEquals(1, council.colleges().size(), "the same college, whatever the case");
    assertTrue(council.votingColleges().isEmpty(), "an observer college does not vote");
  }

  @Test
  void everyPublishedVersionOfTheCharterIsKept() {
    council.publish(CouncilDocumentVersion.Kind.CHARTER, "v1", Instant.parse("2026-01-01T10:00:00Z"));
    council.publish(CouncilDocumentVersion.Kind.INTERNAL_RULES, "r1", Instant.parse("2026-01-02T10:00:00Z"));
    council.publish(CouncilDocumentVersion.Kind.CHARTER, "v2", Instant.parse("2026-03-01T10:00:00Z"));
    var charter = council.versions(CouncilDocumentVersion.Kind.CHARTER);
    assertEquals(2, charter.size());
    assertEquals("v1", charter.get(0).text());
    assertEquals(2, council.current(CouncilDocumentVersion.Kind.CHARTER).orElseThrow().number());
    assertEquals(1, council.current(CouncilDocumentVersion.Kind.INTERNAL_RULES).orElseThrow().number());
  }

  @Test
  void aMandateEndsAfterTheCouncilsLengthAndCanBeRenewedOrEnded() {
    var college = council.defineCollege("Citoyens", 2, true, 0);
    var start = LocalDate.of(2026, 1, 15);
    var member = new CouncilMember(new CouncilMember.Profile("sub", "Alice", null, null, "", true),
        college.id(), Appointment.VOLUNTEER, null, start, council.mandateYears());
    assertEquals(LocalDate.of(2029, 1, 15), member.mandateEnd());
    assertTrue(member.sitsOn(LocalDate.of(2029, 1, 14)));
    assertFalse(member.sitsOn(LocalDate.of(2029, 1, 15)));
    assertTrue(member.expiresWithin(LocalDate.of(2028, 12, 20), 30));
    member.renew(council.mandateYears());
    assertEquals(LocalDate.of(2032, 1, 15), member.mandateEnd());
    assertFalse(member.expiresWithin(LocalDate.of(2028, 12, 20), 30));
    member.end(LocalDate.of(2030, 6, 1));
    assertFalse(member.sitsOn(LocalDate.of(2030, 6, 1)));
    assertThrows(CouncilException.class, () -> member.renew(3));
  }

  @Test
  void aDesignatedMemberNamesTheirOrganisation() {
    var college = council.defineCollege("Acteurs économiques", 5, true, 0);
    assertThrows(CouncilException.class, () -> new CouncilMember(
        new CouncilMember.Profile("sub", "Bob", " ", null, "", false), college.id(),
        Appointment.DESIGNATED, null, LocalDate.of(2026, 1, 1), 3));
  }
}
