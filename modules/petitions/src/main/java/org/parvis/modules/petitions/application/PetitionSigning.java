package org.parvis.modules.petitions.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.parvis.modules.petitions.PetitionsModule;
import org.parvis.modules.petitions.domain.Petition;
import org.parvis.modules.petitions.domain.PetitionRepository;
import org.parvis.modules.petitions.domain.PetitionSignature;
import org.parvis.modules.petitions.domain.PetitionStateException;
import org.parvis.modules.petitions.domain.PetitionStatus;
import org.parvis.modules.petitions.domain.SignatureChannel;
import org.parvis.spi.module.ModuleSettings;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.PersonKeys;
import org.parvis.spi.tenant.CurrentTenant;

/**
 * Signatures: online by verified residents (once per person, withdrawable while the petition is
 * open), on paper by staff in batches. Every change locks the petition's row first, so that the
 * signatures of one petition are counted one transaction at a time: the count that decides the
 * referral is exact, and a person signing twice at once finds their first signature and gets it
 * back (idempotent). The unique {@code (petition, person_key)} constraint stays as the last guard.
 */
@ApplicationScoped
@Transactional
public class PetitionSigning {


  @Inject PetitionRepository petitions;
  @Inject PersonKeys personKeys;
  @Inject ModuleSettings settings;
  @Inject PetitionNotifications notifications;
  @Inject CurrentTenant tenant;

  /**
   * Signs online; {@code created} is false when this person had already signed. With an {@code
   * email}, the signer follows the petition's news.
   */
  public Outcome sign(UUID id, UUID resident, Optional<String> email) {
    if (minimumAge() > 0) {
      throw PetitionProblems.refused(PetitionProblems.AGE_PROOF_REQUIRED,
          "Signers must be at least " + minimumAge() + ": sign with the civil identity your residency"
              + " was verified with (POST …/signatures/with-identity)");
    }
    return signVerified(id, resident, email);
  }

  /**
   * Signs online, proving the signer's age without storing it: the civil identity given must be
   * the one the census verified for this resident (equal keyed hashes), and its birth date must
   * meet the tenant's minimum age on the day of signing.
   */
  public Outcome signWithIdentity(UUID id, UUID resident, PaperIdentity identity,
      Optional<String> email) {
    String claimed;
    try {
      claimed = personKeys.ofIdentity(identity.lastName(), identity.firstNames(), identity.birthDate());
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalidField("urn:parvis:problem:invalid-request", "lastName", e.getMessage());
    }
    if (!claimed.equals(keyOf(resident))) {
      throw PetitionProblems.refused(PetitionProblems.IDENTITY_MISMATCH,
          "This identity is not the one your residency was verified with (a census verification is"
              + " needed to prove an age)");
    }
    if (!oldEnough(identity.birthDate())) {
      throw PetitionProblems.refused(PetitionProblems.BELOW_MINIMUM_AGE,
          "Signers of this tenant's petitions must be at least " + minimumAge());
    }
    return signVerified(id, resident, email);
  }

  private Outcome signVerified(UUID id, UUID resident, Optional<String> email) {
    Instant now = Clock.systemUTC().instant();
    Petition petition = openPetition(id, now);
    String key = keyOf(resident);
    email.ifPresent(address -> petitions.follow(id, resident, address));
    if (petitions.hasSigned(id, key)) {
      return outcome(petition, false);
    }
    try {
      petitions.add(PetitionSignature.online(id, key, resident));
    } catch (PersistenceException e) {
      throw ProblemException.conflict("urn:parvis:problem:already-signed", "Already signed");
    }
    referIfThresholdReached(petition, now);
    return outcome(petition, true);
  }

  /** Withdraws the caller's online signature while the petition is open. */
  public Outcome withdraw(UUID id, UUID resident) {
    Petition petition = openPetition(id, Clock.systemUTC().instant());
    if (!petitions.removeOnline(id, keyOf(resident))) {
      throw ProblemException.notFound("You have no online signature on petition " + id);
    }
    if (!petition.authorResidentId().equals(resident) && !petitions.isCosigner(id, resident)) {
      petitions.unfollow(id, resident);
    }
    return outcome(petition, false);
  }

  public boolean hasSigned(UUID id, UUID resident) {
    return personKeys.ofResident(resident).map(key -> petitions.hasSigned(id, key)).orElse(false);
  }

  /**
   * Enters a batch of paper signatures. An identity that already signed (online or on paper,
   * earlier or in this batch) is not counted again; its position in the batch is reported.
   */
  public PaperBatch enterPaper(UUID id, List<PaperIdentity> identities) {
    return enterPaper(id, identities, false);
  }

  /**
   * Enters a batch of paper signatures; with {@code allOrNothing}, a batch with any line refused (a duplicate or
   * under the minimum age) records nothing ({@code accepted} is 0, {@code batchId} null) and says which lines.
   */
  public PaperBatch enterPaper(UUID id, List<PaperIdentity> identities, boolean allOrNothing) {
    if (!settings.getBoolean(PetitionsModule.ID, PetitionsModule.PAPER_SIGNATURES)) {
      throw ProblemException.conflict(PetitionProblems.PAPER_NOT_ACCEPTED,
          "This tenant does not accept paper signatures (setting "
              + PetitionsModule.PAPER_SIGNATURES + ")");
    }
    Instant now = Clock.systemUTC().instant();
    Petition petition = openPetition(id, now);
    List<String> keys = new ArrayList<>(identities.size());
    for (int i = 0; i < identities.size(); i++) {
      PaperIdentity identity = identities.get(i);
      try {
        keys.add(personKeys.ofIdentity(identity.lastName(), identity.firstNames(), identity.birthDate()));
      } catch (IllegalArgumentException e) {
        throw ProblemException.invalidField(
            "urn:parvis:problem:invalid-request", "signatures[" + i + "]", e.getMessage());
      }
    }
    Set<String> seen = new HashSet<>(petitions.signedAmong(id, keys));
    UUID batch = UUID.randomUUID();
    List<Integer> duplicates = new ArrayList<>();
    List<Integer> underAge = new ArrayList<>();
    List<Integer> accepted = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      if (!oldEnough(identities.get(i).birthDate())) {
        underAge.add(i);
      } else if (seen.add(keys.get(i))) {
        accepted.add(i);
      } else {
        duplicates.add(i);
      }
    }
    if (allOrNothing && accepted.size() < keys.size()) {
      return new PaperBatch(null, 0, duplicates, underAge, outcome(petition, false));
    }
    for (int i : accepted) {
      petitions.add(PetitionSignature.paper(id, keys.get(i), batch));
    }
    referIfThresholdReached(petition, now);
    return new PaperBatch(batch, keys.size() - duplicates.size() - underAge.size(), duplicates,
        underAge, outcome(petition, false));
  }

  private void referIfThresholdReached(Petition petition, Instant now) {
    if (petition.referIfThresholdReached(total(petition.id()), now)) {
      notifications.referred(petition);
    }
  }

  private Petition openPetition(UUID id, Instant now) {
    Petition petition = petitions.lockById(id)
        .filter(p -> p.status().isPublic())
        .orElseThrow(() -> PetitionProblems.notFound(id));
    try {
      petition.requireOpenForSignatures(now);
    } catch (PetitionStateException e) {
      throw ProblemException.conflict("urn:parvis:problem:petition-closed", e.getMessage());
    }
    return petition;
  }

  private String keyOf(UUID resident) {
    return personKeys.ofResident(resident)
        .orElseThrow(() -> ProblemException.forbidden("Your residency verification is not found"));
  }

  private long total(UUID id) {
    return petitions.count(id, SignatureChannel.ONLINE) + petitions.count(id, SignatureChannel.PAPER);
  }

  private Outcome outcome(Petition petition, boolean created) {
    return new Outcome(created, total(petition.id()), petition.status());
  }

  /** The result of a signing step: whether a signature was added, the new count and status. */
  public record Outcome(boolean created, long signatures, PetitionStatus status) {}

  /** A paper batch: how many were counted, which entries (0-based) were duplicates. */
  public record PaperBatch(UUID batchId, int accepted, List<Integer> duplicates,
      List<Integer> underAge, Outcome outcome) {}

  private long minimumAge() {
    return settings.getLong(PetitionsModule.ID, PetitionsModule.MINIMUM_AGE);
  }

  /** Whether someone born on {@code birthDate} has the minimum age today (in France). */
  private boolean oldEnough(LocalDate birthDate) {
    return !birthDate.plusYears(minimumAge()).isAfter(LocalDate.now(tenant.require().zone()));
  }
}
