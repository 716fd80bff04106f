package org.parvis.modules.petitions.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.parvis.modules.petitions.domain.Petition;
import org.parvis.modules.petitions.domain.PetitionRepository;
import org.parvis.modules.petitions.domain.PetitionStatus;
import org.parvis.modules.petitions.domain.SignatureChannel;
import org.parvis.spi.security.Caller;
import org.parvis.spi.security.TenantRole;

/**
 * Reading petitions: public ones for everybody; a draft, submitted or rejected petition only for
 * its author and the moderators (for anyone else it does not exist: 404).
 */
@ApplicationScoped
@Transactional
public class PetitionReading {

  @Inject PetitionRepository petitions;
  @Inject Caller caller;

  public List<Petition> publicPetitions() {
    return petitions.withStatus(
        EnumSet.of(PetitionStatus.PUBLISHED, PetitionStatus.REFERRED, PetitionStatus.ANSWERED));
  }

  /** The petitions open for signatures now: where a submitted petition may be merged. */
  public List<Petition> openForSignatures() {
    var now = java.time.Instant.now();
    return petitions.withStatus(EnumSet.of(PetitionStatus.PUBLISHED)).stream()
        .filter(p -> p.isOpenForSignatures(now)).toList();
  }

  public List<Petition> awaitingModeration() {
    return petitions.withStatus(EnumSet.of(PetitionStatus.SUBMITTED));
  }

  /** The petitions the resident wrote, drafts included, newest first. */
  public List<Petition> writtenBy(UUID resident) {
    return petitions.byAuthor(resident);
  }

  /**
   * A draft as a co-signer invited by its link sees it: any verified resident who has the link (the co-signing API
   * already accepts any verified resident who knows the id). Anything but a draft reads as not found here.
   */
  public Petition draftToCosign(UUID id) {
    return petitions.byId(id)
        .filter(p -> p.status() == PetitionStatus.DRAFT)
        .filter(p -> caller.verifiedResidentId().isPresent())
        .orElseThrow(() -> PetitionProblems.notFound(id));
  }

  /** Whether {@code resident} co-signed the petition. */
  public boolean isCosigner(UUID id, UUID resident) {
    return petitions.isCosigner(id, resident);
  }

  public Petition visible(UUID id) {
    return petitions.byId(id).filter(this::canSee).orElseThrow(() -> PetitionProblems.notFound(id));
  }

  public Counts counts(UUID id) {
    return new Counts(
        petitions.count(id, SignatureChannel.ONLINE),
        petitions.count(id, SignatureChannel.PAPER),
        petitions.cosigners(id));
  }

  private boolean canSee(Petition petition) {
    return petition.status().isPublic()
        || isModerator()
        || caller.verifiedResidentId().filter(petition.authorResidentId()::equals).isPresent();
  }

  boolean isModerator() {
    var roles = caller.tenantRoles();
    return roles.contains(TenantRole.ADMIN) || roles.contains(TenantRole.MODERATOR);
  }

  /** Signatures by channel, and co-signers of the draft. */
  public record Counts(long online, long paper, long cosigners) {
    public long signatures() {
      return online + paper;
    }
  }
}
