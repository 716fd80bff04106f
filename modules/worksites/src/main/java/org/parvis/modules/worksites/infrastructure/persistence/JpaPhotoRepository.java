package org.parvis.modules.worksites.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import org.parvis.modules.worksites.domain.Photo;
import org.parvis.modules.worksites.domain.PhotoRepository;

@ApplicationScoped
public class JpaPhotoRepository implements PhotoRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(Photo photo) {
    em.persist(photo);
  }

  @Override
  public List<Photo> ofReport(UUID reportId) {
    return em.createQuery("select p from WorksitePhoto p where p.reportId = :r order by p.createdAt",
            Photo.class)
        .setParameter("r", reportId)
        .getResultList();
  }

  @Override
  public List<Photo> ofWorksite(UUID worksiteId) {
    return em.createQuery("select p from WorksitePhoto p where p.worksiteId = :w"
            + " order by p.createdAt", Photo.class)
        .setParameter("w", worksiteId)
        .getResultList();
  }
}
