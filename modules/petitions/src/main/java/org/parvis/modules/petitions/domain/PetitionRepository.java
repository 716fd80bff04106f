package org.parvis.modules.petitions.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Petitions of the current tenant, their co-signers and signatures. */
public interface PetitionRepository {

  Optional<Petition> byId(UUID id);

  /** The petition, its row locked until the transaction ends: signatures of one petition queue. */
  Optional<Petition> lockById(UUID id);

  List<Petition> withStatus(Collection<PetitionStatus> statuses);

  /** The petitions {@code authorResidentId} wrote, whatever their status, newest first. */
  List<Petition> byAuthor(UUID authorResidentId);

  void add(Petition petition);

  boolean isCosigner(UUID petitionId, UUID residentId);

  void add(Cosigner cosigner);

  long cosigners(UUID petitionId);

  boolean hasSigned(UUID petitionId, String personKey);

  /** Of {@code personKeys}, those that already signed the petition. */
  Set<String> signedAmong(UUID petitionId, Collection<String> personKeys);

  void add(PetitionSignature signature);

  /** Removes the online signature of {@code personKey}; false when there was none. */
  boolean removeOnline(UUID petitionId, String personKey);

  long count(UUID petitionId, SignatureChannel channel);

  /** Adds {@code resident} to the people notified about the petition, unless already there. */
  void follow(UUID petitionId, UUID residentId, String email);

  void unfollow(UUID petitionId, UUID residentId);

  List<String> followerEmails(UUID petitionId);

  /** Forgets every follower's address, once the last news has been sent. */
  void forgetFollowers(UUID petitionId);
}
