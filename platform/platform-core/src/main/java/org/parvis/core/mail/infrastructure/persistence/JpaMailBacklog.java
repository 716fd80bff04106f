package org.parvis.core.mail.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.parvis.core.mail.application.MailBacklog;

/** Counts the outbox of every tenant in one statement. */
@ApplicationScoped
public class JpaMailBacklog implements MailBacklog {

  @PersistenceContext private EntityManager em;

  @Override
  @Transactional
  public Counts counts() {
    Object[] row = (Object[]) em.createNativeQuery("select count(*) filter (where dead_at is null),"
            + " count(*) filter (where dead_at is not null) from parvis_mail_outbox")
        .getSingleResult();
    return new Counts(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
  }
}
