package org.parvis.core.module.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.UUID;
import org.parvis.core.module.domain.ModuleActivations;

/** {@link ModuleActivations} in {@code parvis_module_activation}, a platform table (no row-level security). */
@ApplicationScoped
public class JpaModuleActivations implements ModuleActivations {

  @PersistenceContext private EntityManager em;

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void set(UUID tenantId, String moduleId, boolean enabled) {
    if (enabled) {
      em.createNativeQuery("insert into parvis_module_activation (tenant_id, module_id)"
              + " values (?1, ?2) on conflict do nothing")
          .setParameter(1, tenantId).setParameter(2, moduleId).executeUpdate();
    } else {
      em.createNativeQuery("delete from parvis_module_activation where tenant_id = ?1"
              + " and module_id = ?2")
          .setParameter(1, tenantId).setParameter(2, moduleId).executeUpdate();
    }
  }

  @Override
  @Transactional
  @SuppressWarnings("unchecked")
  public Set<String> enabledBy(UUID tenantId) {
    return Set.copyOf(em.createNativeQuery("select module_id from parvis_module_activation"
            + " where tenant_id = ?1", String.class)
        .setParameter(1, tenantId)
        .getResultList());
  }
}
