package org.parvis.modules.petitions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PetitionTest {

  static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  static Petition published(long threshold) {
    Petition petition = new Petition("Bancs", "Au parc", UUID.randomUUID());
    petition.submit();
    petition.publish(threshold, Duration.ofDays(30), NOW);
    return petition;
  }

  @Test
  void aDraftMustBeSubmittedBeforePublication() {
    Petition petition = new Petition("Bancs", "Au parc", UUID.randomUUID());
    assertThrows(PetitionStateException.class, () -> petition.publish(10, Duration.ofDays(1), NOW));
    petition.submit();
    assertThrows(PetitionStateException.class, petition::submit);
    petition.publish(10, Duration.ofDays(1), NOW);
    assertEquals(PetitionStatus.PUBLISHED, petition.status());
  }

  @Test
  void signaturesAreOpenUntilTheClosingDate() {
    Petition petition = published(10);
    assertTrue(petition.isOpenForSignatures(NOW.plus(Duration.ofDays(29))));
    assertFalse(petition.isOpenForSignatures(NOW.plus(Duration.ofDays(30))));
  }

  @Test
  void aPublishedPetitionExpiresAtItsClosingDateButAReferredOneDoesNot() {
    Petition petition = published(10);
    assertEquals(PetitionStatus.PUBLISHED, petition.statusAt(NOW.plus(Duration.ofDays(29))));
    assertEquals(PetitionStatus.EXPIRED, petition.statusAt(NOW.plus(Duration.ofDays(30))));
    assertTrue(petition.statusAt(NOW.plus(Duration.ofDays(30))).isPublic());

    Petition referred = published(1);
    referred.referIfThresholdReached(1, NOW.plus(Duration.ofDays(1)));
    assertEquals(PetitionStatus.REFERRED, referred.statusAt(NOW.plus(Duration.ofDays(90))));
  }

  @Test
  void reachingTheThresholdRefersThePetitionOnceAndClosesSignatures() {
    Petition petition = published(3);
    assertFalse(petition.referIfThresholdReached(2, NOW));
    assertTrue(petition.referIfThresholdReached(3, NOW));
    assertFalse(petition.referIfThresholdReached(4, NOW));
    assertEquals(PetitionStatus.REFERRED, petition.status());
    assertFalse(petition.isOpenForSignatures(NOW));
  }

  @Test
  void theCouncilAnswersAfterItsMeetingIsScheduled() {
    Petition petition = published(1);
    assertThrows(PetitionStateException.class, () -> petition.scheduleCouncilMeeting(LocalDate.of(2027, 1, 1)));
    petition.referIfThresholdReached(1, NOW);
    assertThrows(PetitionStateException.class, () -> petition.answer("Oui", CouncilDecision.ADOPTED, NOW));
    petition.scheduleCouncilMeeting(LocalDate.of(2027, 1, 14));
    petition.answer("Oui", CouncilDecision.ADOPTED, NOW);
    assertEquals(PetitionStatus.ANSWERED, petition.status());
    assertEquals(CouncilDecision.ADOPTED, petition.decision().orElseThrow());
  }

  @Test
  void moderationCanRejectWithAReason() {
    Petition petition = new Petition("Bancs", "Au parc", UUID.randomUUID());
    petition.submit();
    petition.reject("Hors compétence communale");
    assertEquals(PetitionStatus.REJECTED, petition.status());
    assertFalse(petition.status().isPublic());
  }

  @Test
  void aSubmittedPetitionIsMergedOnlyIntoAnotherOneOpenForSignatures() {
    Petition target = published(10);
    Petition duplicate = new Petition("Bancs encore", "Au parc aussi", UUID.randomUUID());
    assertThrows(PetitionStateException.class, () -> duplicate.mergeInto(target, NOW), "a draft is not merged");
    duplicate.submit();
    assertThrows(PetitionStateException.class, () -> duplicate.mergeInto(duplicate, NOW));
    assertThrows(PetitionStateException.class, () -> duplicate.mergeInto(target, NOW.plus(Duration.ofDays(30))),
        "not into a closed one");
    duplicate.mergeInto(target, NOW);
    assertEquals(PetitionStatus.MERGED, duplicate.status());
    assertEquals(target.id(), duplicate.mergedInto().orElseThrow());
    assertFalse(duplicate.status().isPublic());
  }
}
