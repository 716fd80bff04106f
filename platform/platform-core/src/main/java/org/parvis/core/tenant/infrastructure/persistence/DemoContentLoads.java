package org.parvis.core.tenant.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import org.parvis.core.multitenancy.TenantContext;

/**
 * Which modules' demo content the current tenant holds ({@code parvis_demo_content}), read and
 * written in the caller's transaction, bound to the tenant.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DemoContentLoads {

  @PersistenceContext private EntityManager em;

  public boolean loaded(String moduleId) {
    return ((Number) em.createNativeQuery(
            "select count(*) from parvis_demo_content where module_id = ?1")
        .setParameter(1, moduleId)
        .getSingleResult()).longValue() > 0;
  }

  public void record(String moduleId, Instant at) {
    em.createNativeQuery("insert into parvis_demo_content (tenant_id, module_id, loaded_at)"
            + " values (?1, ?2, ?3)")
        .setParameter(1, TenantContext.currentIdOrNone())
        .setParameter(2, moduleId)
        .setParameter(3, at.atOffset(ZoneOffset.UTC))
        .executeUpdate();
  }
}
