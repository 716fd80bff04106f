package org.parvis.core.module.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * Which tenants have which module enabled, across tenants ({@code parvis_module_activation}):
 * what the periodic tasks need to know without opening every tenant.
 */
@ApplicationScoped
public class ModuleActivations {

  @PersistenceContext private EntityManager em;

  /** Records that the tenant enabled or disabled the module; joins the caller's transaction. */
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

  /** The active tenants where {@code moduleId} is enabled. */
  @Transactional
  @SuppressWarnings("unchecked")
  public List<UUID> activeTenantsWith(String moduleId) {
    return em.createNativeQuery("select a.tenant_id from parvis_module_activation a"
            + " join parvis_tenant t on t.id = a.tenant_id"
            + " where a.module_id = ?1 and t.status = 'ACTIVE' order by a.tenant_id", UUID.class)
        .setParameter(1, moduleId)
        .getResultList();
  }
}
