package org.parvis.core.mail.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.parvis.core.mail.application.MailOutbox;
import org.parvis.spi.mail.MailAttachment;
import org.parvis.spi.mail.MailMessage;

@ApplicationScoped
public class JpaMailOutbox implements MailOutbox {

  @PersistenceContext private EntityManager em;

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void add(UUID tenantId, String senderName, MailMessage message) {
    UUID id = UUID.randomUUID();
    em.createNativeQuery("insert into parvis_mail_outbox (id, tenant_id, sender_name, recipient,"
            + " subject, body, attempts, created_at, next_attempt)"
            + " values (?1, ?2, ?3, ?4, ?5, ?6, 0, ?7, ?7)")
        .setParameter(1, id)
        .setParameter(2, tenantId)
        .setParameter(3, senderName.length() > 200 ? senderName.substring(0, 200) : senderName)
        .setParameter(4, message.to())
        .setParameter(5, message.subject())
        .setParameter(6, message.text())
        .setParameter(7, now())
        .executeUpdate();
    int position = 0;
    for (MailAttachment attachment : message.attachments()) {
      em.createNativeQuery("insert into parvis_mail_attachment"
              + " (mail_id, position, filename, content_type, content) values (?1, ?2, ?3, ?4, ?5)")
          .setParameter(1, id)
          .setParameter(2, position++)
          .setParameter(3, attachment.filename())
          .setParameter(4, attachment.contentType())
          .setParameter(5, attachment.content())
          .executeUpdate();
    }
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  @SuppressWarnings("unchecked")
  public List<QueuedMail> claimDue(int limit, Duration lease) {
    List<Object[]> rows = em.createNativeQuery("select id, sender_name, recipient, subject, body,"
            + " attempts from parvis_mail_outbox where next_attempt <= ?1 and dead_at is null"
            + " order by next_attempt limit ?2 for update skip locked")
        .setParameter(1, now())
        .setParameter(2, limit)
        .getResultList();
    List<QueuedMail> claimed = new ArrayList<>();
    for (Object[] row : rows) {
      UUID id = (UUID) row[0];
      MailMessage message;
      try {
        message = new MailMessage((String) row[2], (String) row[3], (String) row[4], attachments(id));
      } catch (RuntimeException unreadable) {
        dead(id, "Not a valid message: " + unreadable.getMessage());
        continue;
      }
      em.createNativeQuery("update parvis_mail_outbox set next_attempt = ?2 where id = ?1")
          .setParameter(1, id)
          .setParameter(2, now().plus(lease))
          .executeUpdate();
      claimed.add(new QueuedMail(id, (String) row[1], message, ((Number) row[5]).intValue()));
    }
    return claimed;
  }

  @SuppressWarnings("unchecked")
  private List<MailAttachment> attachments(UUID mailId) {
    List<Object[]> rows = em.createNativeQuery("select filename, content_type, content"
            + " from parvis_mail_attachment where mail_id = ?1 order by position")
        .setParameter(1, mailId)
        .getResultList();
    return rows.stream()
        .map(r -> new MailAttachment((String) r[0], (String) r[1], (byte[]) r[2]))
        .toList();
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void sent(UUID id) {
    em.createNativeQuery("delete from parvis_mail_outbox where id = ?1")
        .setParameter(1, id)
        .executeUpdate();
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void failed(UUID id, String error, Duration backoff) {
    em.createNativeQuery("update parvis_mail_outbox set attempts = attempts + 1,"
            + " last_error = ?2, next_attempt = ?3 where id = ?1")
        .setParameter(1, id)
        .setParameter(2, shortened(error))
        .setParameter(3, now().plus(backoff))
        .executeUpdate();
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRED)
  public void dead(UUID id, String reason) {
    em.createNativeQuery("update parvis_mail_outbox set attempts = attempts + 1,"
            + " last_error = ?2, dead_at = ?3 where id = ?1")
        .setParameter(1, id)
        .setParameter(2, shortened(reason))
        .setParameter(3, now())
        .executeUpdate();
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void release(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return;
    }
    em.createNativeQuery("update parvis_mail_outbox set next_attempt = ?2"
            + " where id in (?1) and dead_at is null")
        .setParameter(1, List.copyOf(ids))
        .setParameter(2, now())
        .executeUpdate();
  }

  private static String shortened(String text) {
    String message = String.valueOf(text);
    return message.length() > 500 ? message.substring(0, 500) : message;
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
