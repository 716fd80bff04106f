package org.parvis.core.mail.application;

/** How much mail of every tenant waits in the outbox (the operator's and the health check's view). */
public interface MailBacklog {

  /** Mail still to be sent, and mail given up on (dead letters). */
  record Counts(long waiting, long undeliverable) {}

  Counts counts();
}
