package org.parvis.modules.budget.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.parvis.modules.budget.domain.Comment;
import org.parvis.modules.budget.domain.Discussion;

@ApplicationScoped
public class JpaDiscussion implements Discussion {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(Comment comment) {
    em.persist(comment);
  }

  @Override
  public Optional<Comment> comment(UUID id) {
    return Optional.ofNullable(em.find(Comment.class, id));
  }

  @Override
  public List<Comment> comments(UUID ideaId) {
    return em.createQuery(
            "select c from Comment c where c.ideaId = :i order by c.createdAt", Comment.class)
        .setParameter("i", ideaId)
        .getResultList();
  }

  @Override
  public boolean report(String kind, UUID itemId, String reporter, String reason) {
    return em.createNativeQuery("""
            insert into budget_report (id, tenant_id, item_kind, item_id, reporter_subject, reason,
                                       reported_at)
            values (:id, parvis_current_tenant(), :kind, :item, :reporter, :reason, now())
            on conflict do nothing""")
        .setParameter("id", UUID.randomUUID())
        .setParameter("kind", kind)
        .setParameter("item", itemId)
        .setParameter("reporter", reporter)
        .setParameter("reason", reason)
        .executeUpdate() == 1;
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<Reported> reported() {
    List<Object[]> rows = em.createNativeQuery("""
            select item_kind, item_id, count(*), string_agg(reason, chr(10) order by reported_at)
              from budget_report group by item_kind, item_id order by count(*) desc, item_id""")
        .getResultList();
    List<Reported> reported = new ArrayList<>();
    for (Object[] row : rows) {
      reported.add(new Reported((String) row[0], (UUID) row[1], ((Number) row[2]).longValue(),
          Arrays.asList(((String) row[3]).split("\n"))));
    }
    return reported;
  }
}
