package org.parvis.core.mail.application;

import org.parvis.spi.mail.MailMessage;

/** Hands one message to the mail server. */
public interface MailTransport {

  /**
   * @throws MailNotSent when the server could not be reached or refused the message
   */
  void send(String senderName, MailMessage message);

  /** A failed delivery attempt, with what kind of failure it is. */
  final class MailNotSent extends RuntimeException {
    private final MailFailure failure;

    public MailNotSent(MailFailure failure, String message, Throwable cause) {
      super(message, cause);
      this.failure = failure;
    }

    public MailFailure failure() {
      return failure;
    }
  }
}
