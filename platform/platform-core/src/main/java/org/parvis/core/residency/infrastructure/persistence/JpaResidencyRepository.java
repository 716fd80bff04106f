package org.parvis.core.residency.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.parvis.core.residency.domain.CensusEntry;
import org.parvis.core.residency.domain.ResidencyPolicy;
import org.parvis.core.residency.domain.ResidencyRepository;
import org.parvis.core.residency.domain.VerificationCode;
import org.parvis.core.residency.domain.VerificationRequest;
import org.parvis.core.residency.domain.VerifiedIdentity;

@ApplicationScoped
public class JpaResidencyRepository implements ResidencyRepository {

  private static final int BATCH = 500;

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<ResidencyPolicy> policy() {
    return em.createQuery("select p from ResidencyPolicy p", ResidencyPolicy.class)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(ResidencyPolicy policy) {
    em.persist(policy);
  }

  @Override
  public int replaceCensus(Map<String, String> districtByIdentityHash) {
    em.createQuery("delete from CensusEntry").executeUpdate();
    int count = 0;
    for (Map.Entry<String, String> entry : districtByIdentityHash.entrySet()) {
      em.persist(new CensusEntry(entry.getKey(), entry.getValue()));
      if (++count % BATCH == 0) {
        em.flush();
        em.clear();
      }
    }
    em.flush();
    return count;
  }

  @Override
  public Optional<CensusEntry> censusEntry(String identityHash) {
    return em.createQuery(
            "select c from CensusEntry c where c.identityHash = :h", CensusEntry.class)
        .setParameter("h", identityHash)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public long censusSize() {
    return em.createQuery("select count(c) from CensusEntry c", Long.class).getSingleResult();
  }

  @Override
  public Map<String, Long> censusDistricts() {
    Map<String, Long> districts = new java.util.TreeMap<>();
    em.createQuery("select c.district, count(c) from CensusEntry c where c.district is not null"
            + " group by c.district", Object[].class)
        .getResultList()
        .forEach(row -> districts.put((String) row[0], (Long) row[1]));
    return districts;
  }

  @Override
  public void add(VerificationCode code) {
    em.persist(code);
  }

  @Override
  public Optional<VerificationCode> codeByHash(String codeHash) {
    return em.createQuery(
            "select c from VerificationCode c where c.codeHash = :h", VerificationCode.class)
        .setParameter("h", codeHash)
        .getResultStream()
        .findFirst();
  }

  @Override
  @SuppressWarnings("unchecked")
  public Optional<VerifiedIdentity> verifiedBySubject(String subject) {
    // Native SQL: asked by every vote and signature, and Hibernate translates an HQL query under
    // the tenant filter anew on every execution. Row-level security scopes it to the tenant.
    List<VerifiedIdentity> found = em.createNativeQuery(
            "select * from parvis_verified_identity where subject = :s", VerifiedIdentity.class)
        .setParameter("s", subject)
        .getResultList();
    return found.stream().findFirst();
  }

  @Override
  public Optional<VerifiedIdentity> verifiedByHash(String identityHash) {
    return em.createQuery(
            "select v from VerifiedIdentity v where v.identityHash = :h", VerifiedIdentity.class)
        .setParameter("h", identityHash)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<VerifiedIdentity> verifiedById(UUID id) {
    return em.createQuery("select v from VerifiedIdentity v where v.id = :id", VerifiedIdentity.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(VerifiedIdentity identity) {
    try {
      em.persist(identity);
      em.flush();
    } catch (PersistenceException e) {
      throw new AlreadyVerified(e);
    }
  }

  @Override
  public Optional<VerificationRequest> requestBySubject(String subject) {
    return em.createQuery(
            "select r from VerificationRequest r where r.subject = :s", VerificationRequest.class)
        .setParameter("s", subject)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<VerificationRequest> request(UUID id) {
    return Optional.ofNullable(em.find(VerificationRequest.class, id));
  }

  @Override
  public List<VerificationRequest> pendingRequests() {
    return em.createQuery(
            "select r from VerificationRequest r order by r.requestedAt", VerificationRequest.class)
        .getResultList();
  }

  @Override
  public void add(VerificationRequest request) {
    em.persist(request);
  }

  @Override
  public void remove(VerificationRequest request) {
    em.remove(request);
  }
}
