package org.parvis.core.mail.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.parvis.core.mail.application.DeadLetters;

/** Dead letters are outbox rows with {@code dead_at} set (every tenant's: the operator's view). */
@ApplicationScoped
public class JpaDeadLetters implements DeadLetters {

  @PersistenceContext private EntityManager em;

  @Override
  @Transactional
  @SuppressWarnings("unchecked")
  public List<DeadLetter> list(int limit) {
    List<Object[]> rows = em.createNativeQuery("select o.id, t.display_name, o.recipient, o.subject,"
            + " o.last_error, o.attempts, o.dead_at from parvis_mail_outbox o"
            + " join parvis_tenant t on t.id = o.tenant_id where o.dead_at is not null"
            + " order by t.display_name, o.dead_at limit ?1")
        .setParameter(1, limit)
        .getResultList();
    return rows.stream().map(r -> new DeadLetter((UUID) r[0], (String) r[1], (String) r[2],
        (String) r[3], (String) r[4], ((Number) r[5]).intValue(), toTime(r[6]))).toList();
  }

  @Override
  @Transactional
  public boolean retry(UUID id) {
    return em.createNativeQuery("update parvis_mail_outbox set dead_at = null, attempts = 0,"
            + " next_attempt = ?2 where id = ?1 and dead_at is not null")
        .setParameter(1, id)
        .setParameter(2, OffsetDateTime.now(ZoneOffset.UTC))
        .executeUpdate() == 1;
  }

  @Override
  @Transactional
  public boolean discard(UUID id) {
    return em.createNativeQuery("delete from parvis_mail_outbox where id = ?1 and dead_at is not null")
        .setParameter(1, id)
        .executeUpdate() == 1;
  }

  private static OffsetDateTime toTime(Object value) {
    if (value instanceof OffsetDateTime time) {
      return time;
    }
    if (value instanceof java.time.Instant instant) {
      return instant.atOffset(ZoneOffset.UTC);
    }
    return ((java.sql.Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
  }
}
