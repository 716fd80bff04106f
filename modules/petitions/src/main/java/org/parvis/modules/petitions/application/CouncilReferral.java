package org.parvis.modules.petitions.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.parvis.modules.petitions.domain.CouncilDecision;
import org.parvis.modules.petitions.domain.Petition;
import org.parvis.modules.petitions.domain.PetitionRepository;
import org.parvis.modules.petitions.domain.PetitionStateException;

/** Staff record when the council examines a referred petition, then its answer and decision. */
@ApplicationScoped
@Transactional
public class CouncilReferral {

  @Inject PetitionRepository petitions;
  @Inject PetitionNotifications notifications;

  public Petition scheduleMeeting(UUID id, LocalDate date) {
    Petition petition = require(id);
    try {
      petition.scheduleCouncilMeeting(date);
    } catch (PetitionStateException e) {
      throw PetitionProblems.wrongStatus(e);
    }
    notifications.meetingScheduled(petition);
    return petition;
  }

  public Petition answer(UUID id, String answer, CouncilDecision decision) {
    Petition petition = require(id);
    try {
      petition.answer(answer, decision, Clock.systemUTC().instant());
    } catch (PetitionStateException e) {
      throw PetitionProblems.wrongStatus(e);
    }
    notifications.answered(petition);
    return petition;
  }

  private Petition require(UUID id) {
    return petitions.lockById(id)
        .filter(p -> p.status().isPublic())
        .orElseThrow(() -> PetitionProblems.notFound(id));
  }
}
