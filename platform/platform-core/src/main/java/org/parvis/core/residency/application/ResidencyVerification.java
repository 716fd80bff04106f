package org.parvis.core.residency.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.parvis.core.identity.application.MembershipAdministration;
import org.parvis.core.residency.domain.CensusEntry;
import org.parvis.core.residency.domain.PersonIdentity;
import org.parvis.core.residency.domain.ResidencyRepository;
import org.parvis.core.residency.domain.ResidencyRepository.AlreadyVerified;
import org.parvis.core.residency.domain.VerificationCode;
import org.parvis.core.residency.domain.VerificationMethod;
import org.parvis.core.residency.domain.VerificationRequest;
import org.parvis.core.residency.domain.VerifiedIdentity;
import org.parvis.core.residency.infrastructure.crypto.InstanceIdentityKey;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.tenant.CurrentTenant;

/**
 * A citizen proves they belong to the current tenant, by census match, code or staff approval.
 * One civil identity is held by at most one account per tenant, for good: a second account with
 * the same identity is refused, even after the first one left.
 */
@ApplicationScoped
@Transactional
public class ResidencyVerification {

  public static final String IDENTITY_ALREADY_VERIFIED =
      "urn:parvis:problem:identity-already-verified";

  @Inject ResidencyRepository residency;
  @Inject ResidencyPolicies policies;
  @Inject InstanceIdentityKey key;
  @Inject CurrentTenant tenant;
  @Inject MembershipAdministration memberships;
  @Inject AttemptLimit attempts;
  @Inject VerifiedResidents verifiedResidents;

  public Optional<VerifiedIdentity> verifiedIdentityOf(String subject) {
    return residency.verifiedBySubject(subject);
  }

  public Optional<VerificationRequest> pendingRequestOf(String subject) {
    return residency.requestBySubject(subject);
  }

  public VerifiedIdentity byCensus(String subject, PersonIdentity identity) {
    policies.requireOffered(VerificationMethod.CENSUS);
    policies.requireOldEnough(identity.birthDate());
    attempts.consume(subject);
    String hash = hash(identity);
    Optional<CensusEntry> entry = residency.censusEntry(hash);
    if (entry.isEmpty()) {
      throw new ProblemException(
          422,
          "urn:parvis:problem:census-no-match",
          "No census match",
          "No one in this tenant's census has this name and birth date. Check the spelling as on"
              + " your identity papers, or use another verification method.");
    }
    return verify(subject, hash, VerificationMethod.CENSUS, entry.get().district());
  }

  public VerifiedIdentity byCode(String subject, String code) {
    policies.requireOffered(VerificationMethod.CODE);
    attempts.consume(subject);
    UUID tenantId = tenant.require().id();
    Instant now = Instant.now();
    VerificationCode issued = residency.codeByHash(key.hashing().codeHash(tenantId, code))
        .filter(c -> c.usableAt(now))
        .orElse(null);
    if (issued == null) {
      throw new ProblemException(
          422,
          "urn:parvis:problem:invalid-code",
          "Invalid code",
          "This code is unknown, expired or already used.");
    }
    VerifiedIdentity verified =
        verify(subject, issued.identityHash(), VerificationMethod.CODE, issued.district());
    issued.markUsed(now);
    return verified;
  }

  /** Files (or replaces) the caller's request for staff approval. */
  public VerificationRequest requestApproval(String subject, PersonIdentity identity) {
    policies.requireOffered(VerificationMethod.STAFF_APPROVAL);
    policies.requireOldEnough(identity.birthDate());
    if (residency.verifiedBySubject(subject).isPresent()) {
      throw alreadyVerifiedAccount();
    }
    residency.requestBySubject(subject).ifPresent(residency::remove);
    VerificationRequest request = new VerificationRequest(subject, identity);
    residency.add(request);
    return request;
  }

  /**
   * A demo resident of the demo run (tenant descriptors' {@code demo.people}), verified as staff
   * would approve them, without a request: only {@code DemoTenantLoader} calls this. Already
   * verified with this identity: nothing changes.
   */
  public VerifiedIdentity recordDemoResident(String subject, PersonIdentity identity,
      Optional<String> district) {
    return verify(subject, hash(identity), VerificationMethod.STAFF_APPROVAL, district);
  }

  public List<VerificationRequest> pendingRequests() {
    return residency.pendingRequests();
  }

  /**
   * Staff checked the person: their claimed identity is verified, in {@code district} when staff
   * give one (e.g. from a proof of address). Nobody approves themselves.
   */
  public VerifiedIdentity approve(UUID requestId, String approver, Optional<String> district) {
    VerificationRequest request = requireRequest(requestId);
    if (request.subject().equals(approver)) {
      throw ProblemException.forbidden("Another member of staff must approve your own request");
    }
    policies.requireOldEnough(request.identity().birthDate());
    VerifiedIdentity verified =
        verify(request.subject(), hash(request.identity()), VerificationMethod.STAFF_APPROVAL,
            district);
    residency.remove(request);
    return verified;
  }

  public void reject(UUID requestId) {
    residency.remove(requireRequest(requestId));
  }

  /** The account leaves the tenant: its membership goes, its verified identity stays, unheld. */
  public void leave(String subject) {
    residency.verifiedBySubject(subject).ifPresent(VerifiedIdentity::detach);
    verifiedResidents.changing(subject);
    residency.requestBySubject(subject).ifPresent(residency::remove);
    memberships.remove(subject);
  }

  private VerifiedIdentity verify(String subject, String hash, VerificationMethod method,
      Optional<String> district) {
    Optional<VerifiedIdentity> mine = residency.verifiedBySubject(subject);
    if (mine.isPresent()) {
      if (mine.get().identityHash().equals(hash)) {
        district.ifPresent(mine.get()::moveTo);
        verifiedResidents.changing(subject);
        return mine.get();
      }
      throw alreadyVerifiedAccount();
    }
    if (residency.verifiedByHash(hash).isPresent()) {
      throw identityTaken();
    }
    VerifiedIdentity verified =
        new VerifiedIdentity(hash, subject, method, district.orElse(null));
    try {
      residency.add(verified);
    } catch (AlreadyVerified e) {
      throw identityTaken();
    }
    residency.requestBySubject(subject).ifPresent(residency::remove);
    memberships.ensureMember(subject);
    return verified;
  }

  private String hash(PersonIdentity identity) {
    return key.hashing().identityHash(tenant.require().id(), identity);
  }

  private VerificationRequest requireRequest(UUID id) {
    return residency.request(id)
        .orElseThrow(() -> ProblemException.notFound("No pending verification request " + id));
  }

  private static ProblemException identityTaken() {
    return ProblemException.conflict(
        IDENTITY_ALREADY_VERIFIED,
        "This identity is already verified in this tenant through another account. One person"
            + " takes part once: sign in with that account, or contact the tenant's staff.");
  }

  private static ProblemException alreadyVerifiedAccount() {
    return ProblemException.conflict(
        "urn:parvis:problem:account-already-verified",
        "This account is already verified in this tenant with another identity.");
  }
}
