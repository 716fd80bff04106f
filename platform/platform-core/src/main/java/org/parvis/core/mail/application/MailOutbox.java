package org.parvis.core.mail.application;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.parvis.spi.mail.MailMessage;

/** Emails waiting for the SMTP server. Each method is its own transaction unless noted. */
public interface MailOutbox {

  /** Queues a message of {@code tenantId}; joins the caller's transaction. */
  void add(UUID tenantId, String senderName, MailMessage message);

  /**
   * Takes up to {@code limit} due messages for this node: they are not due again for {@code
   * lease}, so that another node or a later run leaves them alone while they are being sent. A row
   * that is not a valid message any more becomes a dead letter instead of stopping the claim.
   */
  List<QueuedMail> claimDue(int limit, Duration lease);

  void sent(UUID id);

  /** Records a failed attempt; the message is due again after {@code backoff}. */
  void failed(UUID id, String error, Duration backoff);

  /** Records a last failed attempt: the message is not tried again until the operator says so. */
  void dead(UUID id, String reason);

  /** Gives back claimed messages that were not attempted: due at once, no attempt counted. */
  void release(Collection<UUID> ids);

  /** A claimed message with what the transport needs. */
  record QueuedMail(UUID id, String senderName, MailMessage message, int attempts) {}
}
