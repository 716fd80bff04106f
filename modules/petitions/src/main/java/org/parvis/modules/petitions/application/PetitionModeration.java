package org.parvis.modules.petitions.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.parvis.modules.petitions.PetitionsModule;
import org.parvis.modules.petitions.domain.Petition;
import org.parvis.modules.petitions.domain.PetitionRepository;
import org.parvis.modules.petitions.domain.PetitionStateException;
import org.parvis.spi.module.ModuleSettings;

/** Moderators publish a submitted petition with the tenant's current rules, or reject it. */
@ApplicationScoped
@Transactional
public class PetitionModeration {

  @Inject PetitionRepository petitions;
  @Inject ModuleSettings settings;

  public Petition publish(UUID id) {
    Petition petition = require(id);
    long threshold = settings.getLong(PetitionsModule.ID, PetitionsModule.THRESHOLD);
    long days = settings.getLong(PetitionsModule.ID, PetitionsModule.DURATION_DAYS);
    try {
      petition.publish(threshold, Duration.ofDays(days), Clock.systemUTC().instant());
    } catch (PetitionStateException e) {
      throw PetitionProblems.wrongStatus(e);
    }
    return petition;
  }

  public Petition reject(UUID id, String reason) {
    Petition petition = require(id);
    try {
      petition.reject(reason);
    } catch (PetitionStateException e) {
      throw PetitionProblems.wrongStatus(e);
    }
    return petition;
  }

  /** Folds a submitted petition into {@code into}, a petition open for signatures that asks the same. */
  public Petition merge(UUID id, UUID into) {
    Petition petition = require(id);
    Petition target = require(into);
    var now = Clock.systemUTC().instant();
    if (target.id().equals(petition.id()) || !target.isOpenForSignatures(now)) {
      throw org.parvis.spi.problem.ProblemException.conflict(PetitionProblems.MERGE_TARGET,
          "A petition is merged into another one open for signatures");
    }
    try {
      petition.mergeInto(target, now);
    } catch (PetitionStateException e) {
      throw PetitionProblems.wrongStatus(e);
    }
    return petition;
  }

  private Petition require(UUID id) {
    return petitions.lockById(id).orElseThrow(() -> PetitionProblems.notFound(id));
  }
}
