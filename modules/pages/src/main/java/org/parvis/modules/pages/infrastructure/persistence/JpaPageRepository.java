package org.parvis.modules.pages.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.parvis.modules.pages.domain.Page;
import org.parvis.modules.pages.domain.PageRepository;

@ApplicationScoped
public class JpaPageRepository implements PageRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Page> bySlug(String slug) {
    return em.createQuery("select p from Page p where p.slug = :slug", Page.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Page> all() {
    return em.createQuery("select p from Page p order by p.title", Page.class).getResultList();
  }

  @Override
  public long count() {
    return em.createQuery("select count(p) from Page p", Long.class).getSingleResult();
  }

  @Override
  public void add(Page page) {
    em.persist(page);
  }

  @Override
  public void remove(Page page) {
    em.remove(page);
  }
}
