package org.parvis.modules.worksites.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.parvis.modules.worksites.domain.ReportFlag;
import org.parvis.modules.worksites.domain.ReportNote;
import org.parvis.modules.worksites.domain.ReportRepository;
import org.parvis.modules.worksites.domain.ReportSupport;
import org.parvis.modules.worksites.domain.WorksiteReport;

@ApplicationScoped
public class JpaReportRepository implements ReportRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(WorksiteReport report) {
    em.persist(report);
  }

  @Override
  public Optional<WorksiteReport> byId(UUID id) {
    return Optional.ofNullable(em.find(WorksiteReport.class, id));
  }

  @Override
  public Optional<WorksiteReport> lockById(UUID id) {
    return em.createQuery("select r from WorksiteReport r where r.id = :id", WorksiteReport.class)
        .setParameter("id", id)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<WorksiteReport> all() {
    return em.createQuery("select r from WorksiteReport r order by r.createdAt desc",
        WorksiteReport.class).getResultList();
  }

  @Override
  public boolean hasSupported(UUID reportId, UUID supporterId) {
    return !em.createQuery("select s.id from WorksiteReportSupport s"
            + " where s.reportId = :r and s.supporterId = :p", UUID.class)
        .setParameter("r", reportId)
        .setParameter("p", supporterId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public void add(ReportSupport support) {
    em.persist(support);
    em.flush();
  }

  @Override
  public List<ReportSupport> supports(UUID reportId) {
    return em.createQuery("select s from WorksiteReportSupport s where s.reportId = :r"
            + " order by s.supportedAt", ReportSupport.class)
        .setParameter("r", reportId)
        .getResultList();
  }

  @Override
  public long supportCount(UUID reportId) {
    return em.createQuery("select count(s) from WorksiteReportSupport s where s.reportId = :r",
            Long.class)
        .setParameter("r", reportId)
        .getSingleResult();
  }

  @Override
  public void remove(ReportSupport support) {
    em.remove(support);
    em.flush();
  }

  @Override
  public boolean hasFlagged(UUID reportId, UUID personId) {
    return !em.createQuery("select f.id from WorksiteReportFlag f"
            + " where f.reportId = :r and f.personId = :p", UUID.class)
        .setParameter("r", reportId)
        .setParameter("p", personId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public void add(ReportFlag flag) {
    em.persist(flag);
    em.flush();
  }

  @Override
  public void add(ReportNote note) {
    em.persist(note);
  }

  @Override
  public List<ReportNote> notes(UUID reportId) {
    return em.createQuery("select n from WorksiteReportNote n where n.reportId = :r"
            + " order by n.createdAt", ReportNote.class)
        .setParameter("r", reportId)
        .getResultList();
  }
}
