package org.parvis.modules.consultations.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConsultationTest {

  private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

  private static Consultation.Terms terms(Audience audience, List<String> districts, boolean anonymous) {
    return new Consultation.Terms("Place Saint-Bruno", "Réaménager la place.", NOW.plus(Duration.ofDays(1)),
        NOW.plus(Duration.ofDays(30)), audience, districts, anonymous, false);
  }

  @Test
  void itChangesUntilItOpensAndNotAfter() {
    Consultation consultation = new Consultation(terms(Audience.VERIFIED_RESIDENTS, List.of(), false),
        Questionnaire.empty(), NOW);
    consultation.changeQuestionnaire(Questionnaires.everyType(), NOW);
    assertEquals(8, consultation.questionnaire().questions().size());
    Instant opened = NOW.plus(Duration.ofDays(2));
    assertTrue(consultation.isOpen(opened));
    assertEquals("already-opened", assertThrows(ConsultationException.class,
        () -> consultation.changeQuestionnaire(Questionnaire.empty(), opened)).code());
    assertThrows(ConsultationException.class,
        () -> consultation.change(terms(Audience.ANYONE, List.of(), false), opened));
  }

  @Test
  void resultsShowAfterTheCloseOrWhileOpenIfAllowed() {
    Consultation consultation = new Consultation(terms(Audience.SIGNED_IN, List.of(), false),
        Questionnaire.empty(), NOW);
    assertFalse(consultation.resultsVisible(NOW.plus(Duration.ofDays(2))));
    assertTrue(consultation.resultsVisible(NOW.plus(Duration.ofDays(30))));
  }

  @Test
  void conclusionsArePublishedOnceClosed() {
    Consultation consultation = new Consultation(terms(Audience.SIGNED_IN, List.of(), false),
        Questionnaire.empty(), NOW);
    assertThrows(ConsultationException.class,
        () -> consultation.publishConclusions("Nous avons entendu…", NOW.plus(Duration.ofDays(2))));
    consultation.publishConclusions("Nous avons entendu…", NOW.plus(Duration.ofDays(31)));
    assertEquals(Optional.of("Nous avons entendu…"), consultation.conclusions());
  }

  @Test
  void aDistrictAudienceAdmitsOnlyItsDistricts() {
    Consultation consultation = new Consultation(terms(Audience.DISTRICTS, List.of("Berriat", " Saint-Bruno "),
        false), Questionnaire.empty(), NOW);
    assertEquals(List.of("Berriat", "Saint-Bruno"), consultation.districts());
    assertTrue(consultation.admitsDistrict(Optional.of("Saint-Bruno")));
    assertFalse(consultation.admitsDistrict(Optional.of("Championnet")));
    assertTrue(consultation.admitsDistrict(Optional.of("saint-bruno ")));
    assertFalse(consultation.admitsDistrict(Optional.empty()));
    assertThrows(ConsultationException.class, () -> terms(Audience.DISTRICTS, List.of(), false));
  }

  @Test
  void aConsultationOpenToAnyoneIsAlwaysAnonymous() {
    assertTrue(new Consultation(terms(Audience.ANYONE, List.of(), false), Questionnaire.empty(), NOW).anonymous());
    assertFalse(new Consultation(terms(Audience.SIGNED_IN, List.of(), false), Questionnaire.empty(), NOW)
        .anonymous());
  }

  @Test
  void anAnonymousParticipationCannotBeChanged() {
    Participation participation = Participation.anonymous(java.util.UUID.randomUUID(), QuestionnaireTest.complete());
    assertTrue(participation.participantKey().isEmpty());
    assertTrue(participation.updatedAt().isEmpty());
    assertThrows(ConsultationException.class,
        () -> participation.update(QuestionnaireTest.complete(), true, NOW));
  }
}
