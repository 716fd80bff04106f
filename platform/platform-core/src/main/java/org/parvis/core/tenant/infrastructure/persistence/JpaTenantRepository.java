package org.parvis.core.tenant.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.parvis.core.tenant.domain.Tenant;
import org.parvis.core.tenant.domain.TenantRepository;

@ApplicationScoped
public class JpaTenantRepository implements TenantRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(Tenant tenant) {
    em.persist(tenant);
    em.flush(); // before the tenant's own rows (modules, members) refer to it in the same transaction
  }

  @Override
  public Optional<Tenant> bySlug(String slug) {
    return em.createQuery("select t from Tenant t where t.slug = :slug", Tenant.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Tenant> byId(UUID id) {
    return Optional.ofNullable(em.find(Tenant.class, id));
  }

  @Override
  public Optional<Tenant> byHost(String normalizedHost) {
    return em.createQuery("select t from Tenant t join t.hosts h where h = :host", Tenant.class)
        .setParameter("host", normalizedHost)
        .getResultStream()
        .findFirst();
  }

  @Override
  public boolean hostTaken(String normalizedHost) {
    return !em.createQuery("select 1 from Tenant t join t.hosts h where h = :host", Integer.class)
        .setParameter("host", normalizedHost)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public List<Tenant> page(int offset, int limit) {
    return em.createQuery("select t from Tenant t order by t.slug", Tenant.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<Tenant> search(String text, int limit) {
    String pattern = "%" + text.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
        .replace("_", "\\_") + "%";
    return em.createQuery("select distinct t from Tenant t left join t.hosts h where lower(t.displayName) like :p"
            + " escape '\\' or t.slug like :p escape '\\' or h like :p escape '\\' order by t.slug", Tenant.class)
        .setParameter("p", pattern)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long count() {
    return em.createQuery("select count(t) from Tenant t", Long.class).getSingleResult();
  }
}
