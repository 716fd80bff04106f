package org.parvis.core.mail.application;

/** Why a message was not sent, which decides what happens to it. */
public enum MailFailure {

  /** The server refused this message for good (SMTP 5xx, invalid address): a dead letter at once. */
  PERMANENT,

  /** This message may go through later (SMTP 4xx, an unexpected error): retried with back-off. */
  TRANSIENT,

  /** The server could not be reached: not the message's fault, every message waits for the next run. */
  UNREACHABLE
}
