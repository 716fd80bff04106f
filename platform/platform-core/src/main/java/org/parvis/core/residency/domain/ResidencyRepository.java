package org.parvis.core.residency.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Residency data of the current tenant: policy, census, codes, verified identities, requests. */
public interface ResidencyRepository {

  Optional<ResidencyPolicy> policy();

  void add(ResidencyPolicy policy);

  /**
   * Replaces the whole census by these identity hashes, each with its district of residence (a
   * null value when unknown); returns how many are stored.
   */
  int replaceCensus(Map<String, String> districtByIdentityHash);

  /** The census entry of this identity, if the census holds it. */
  Optional<CensusEntry> censusEntry(String identityHash);

  long censusSize();

  /** The districts the census names, each with how many people live there, by name. */
  Map<String, Long> censusDistricts();

  void add(VerificationCode code);

  Optional<VerificationCode> codeByHash(String codeHash);

  Optional<VerifiedIdentity> verifiedBySubject(String subject);

  Optional<VerifiedIdentity> verifiedByHash(String identityHash);

  Optional<VerifiedIdentity> verifiedById(UUID id);

  /**
   * Stores a newly verified identity, at once, so that a concurrent verification of the same
   * identity or account fails here with {@link AlreadyVerified} rather than at commit.
   */
  void add(VerifiedIdentity identity);

  Optional<VerificationRequest> requestBySubject(String subject);

  Optional<VerificationRequest> request(UUID id);

  List<VerificationRequest> pendingRequests();

  void add(VerificationRequest request);

  void remove(VerificationRequest request);

  /** Another account verified the same identity at the same moment. */
  class AlreadyVerified extends RuntimeException {
    public AlreadyVerified(Throwable cause) {
      super(cause);
    }
  }
}
