package org.parvis.core.module.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.parvis.core.module.domain.TenantModule;
import org.parvis.core.module.domain.TenantModuleRepository;

@ApplicationScoped
public class JpaTenantModuleRepository implements TenantModuleRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<TenantModule> byModule(String moduleId) {
    return em.createQuery(
            "select m from TenantModule m where m.moduleId = :id", TenantModule.class)
        .setParameter("id", moduleId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<TenantModule> all() {
    return em.createQuery("select m from TenantModule m order by m.moduleId", TenantModule.class)
        .getResultList();
  }

  @Override
  public void add(TenantModule tenantModule) {
    em.persist(tenantModule);
  }
}
