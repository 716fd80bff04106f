package org.parvis.modules.petitions.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import org.parvis.modules.petitions.domain.Cosigner;
import org.parvis.modules.petitions.domain.Petition;
import org.parvis.modules.petitions.domain.PetitionRepository;
import org.parvis.modules.petitions.domain.PetitionStateException;
import org.parvis.modules.petitions.domain.PetitionStatus;
import org.parvis.spi.problem.ProblemException;

/** A verified resident drafts a petition, gathers co-signers, and submits it to moderation. */
@ApplicationScoped
@Transactional
public class PetitionDrafting {

  @Inject PetitionRepository petitions;

  /** Drafts a petition; the author follows it at {@code email}, if the identity provider verified one. */
  public Petition draft(String title, String body, UUID author, Optional<String> email) {
    Petition petition = new Petition(title, body, author);
    petitions.add(petition);
    email.ifPresent(address -> petitions.follow(petition.id(), author, address));
    return petition;
  }

  /** Co-signs a draft; co-signing twice is harmless. The author needs not co-sign. */
  public void cosign(UUID id, UUID resident, Optional<String> email) {
    Petition petition = petitions.lockById(id)
        .filter(p -> p.status() == PetitionStatus.DRAFT && !p.authorResidentId().equals(resident))
        .orElseThrow(() -> PetitionProblems.notFound(id));
    if (!petitions.isCosigner(petition.id(), resident)) {
      try {
        petitions.add(new Cosigner(petition.id(), resident));
      } catch (PersistenceException e) {
        throw ProblemException.conflict(PetitionProblems.WRONG_STATUS, "Already co-signed");
      }
    }
    email.ifPresent(address -> petitions.follow(petition.id(), resident, address));
  }

  public Petition submit(UUID id, UUID author) {
    Petition petition = petitions.lockById(id)
        .filter(p -> p.authorResidentId().equals(author))
        .orElseThrow(() -> PetitionProblems.notFound(id));
    try {
      petition.submit();
    } catch (PetitionStateException e) {
      throw PetitionProblems.wrongStatus(e);
    }
    return petition;
  }
}
