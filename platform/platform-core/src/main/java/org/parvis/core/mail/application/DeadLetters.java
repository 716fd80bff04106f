package org.parvis.core.mail.application;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Messages that will not be sent on their own any more, for the operator to retry or discard. */
public interface DeadLetters {

  /** The oldest first, by tenant, at most {@code limit}. */
  List<DeadLetter> list(int limit);

  /** Makes a dead letter due again with a fresh count of attempts; false if there is none. */
  boolean retry(UUID id);

  /** Deletes a dead letter; false if there is none. */
  boolean discard(UUID id);

  /** A dead letter as the operator sees it; {@code reason} is the last failure. */
  record DeadLetter(UUID id, String tenant, String recipient, String subject, String reason,
      int attempts, OffsetDateTime deadAt) {}
}
