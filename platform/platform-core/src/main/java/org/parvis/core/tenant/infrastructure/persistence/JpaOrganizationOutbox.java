package org.parvis.core.tenant.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.parvis.core.tenant.application.OrganizationOutbox;
import org.parvis.core.tenant.domain.Tenant;

@ApplicationScoped
public class JpaOrganizationOutbox implements OrganizationOutbox {

  /** The after-commit attempt comes first; the periodic retry only picks up what it left. */
  private static final Duration FIRST_RETRY = Duration.ofMinutes(2);

  @PersistenceContext private EntityManager em;

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void add(UUID tenantId) {
    em.flush();
    em.createNativeQuery("insert into parvis_organization_outbox"
            + " (tenant_id, attempts, created_at, next_attempt) values (?1, 0, ?2, ?3)")
        .setParameter(1, tenantId)
        .setParameter(2, now())
        .setParameter(3, now().plus(FIRST_RETRY))
        .executeUpdate();
  }

  @Override
  @Transactional
  @SuppressWarnings("unchecked")
  public List<UUID> due(int limit) {
    return em.createNativeQuery("select tenant_id from parvis_organization_outbox"
            + " where next_attempt <= ?1 order by next_attempt", UUID.class)
        .setParameter(1, now())
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  @Transactional
  public Optional<OrganizationRequest> request(UUID tenantId) {
    List<?> attempts = em.createNativeQuery(
            "select attempts from parvis_organization_outbox where tenant_id = ?1", Integer.class)
        .setParameter(1, tenantId)
        .getResultList();
    if (attempts.isEmpty()) {
      return Optional.empty();
    }
    Tenant tenant = em.find(Tenant.class, tenantId);
    if (tenant == null) {
      return Optional.empty();
    }
    return Optional.of(new OrganizationRequest(tenant.slug(), tenant.displayName(),
        List.copyOf(tenant.hosts()), (Integer) attempts.get(0)));
  }

  @Override
  @Transactional
  public void done(UUID tenantId) {
    em.createNativeQuery("delete from parvis_organization_outbox where tenant_id = ?1")
        .setParameter(1, tenantId)
        .executeUpdate();
  }

  @Override
  @Transactional
  public void failed(UUID tenantId, String error, Duration backoff) {
    em.createNativeQuery("update parvis_organization_outbox set attempts = attempts + 1,"
            + " last_error = ?2, next_attempt = ?3 where tenant_id = ?1")
        .setParameter(1, tenantId)
        .setParameter(2, error.length() > 500 ? error.substring(0, 500) : error)
        .setParameter(3, OffsetDateTime.ofInstant(Instant.now().plus(backoff), ZoneOffset.UTC))
        .executeUpdate();
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
