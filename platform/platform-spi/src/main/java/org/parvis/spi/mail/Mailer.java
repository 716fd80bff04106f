package org.parvis.spi.mail;

/**
 * Email to people of the current tenant. Injectable.
 *
 * <p>A message is queued in the caller's transaction, so an action that rolls back sends nothing,
 * and it is sent after commit by the platform, retried with back-off: an outage of the mail
 * server never fails or loses a citizen's action. A message the server refuses for good (unknown
 * address) or that keeps failing becomes a dead letter for the operator; it never holds up the
 * others. Build subjects with {@link MailSubject}. The sender address and the tenant's name are
 * added by the platform.
 */
public interface Mailer {

  /**
   * Queues {@code message} for sending after the caller's transaction commits.
   *
   * @throws IllegalStateException when called outside a transaction
   */
  void send(MailMessage message);
}
