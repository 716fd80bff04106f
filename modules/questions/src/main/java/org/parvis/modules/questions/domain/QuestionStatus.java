package org.parvis.modules.questions.domain;

import java.util.EnumSet;
import java.util.Set;

/** Where a question stands, from its submission to the published answer. */
public enum QuestionStatus {
  /** Sent by a verified resident, waiting for moderation; seen only by its asker and the moderators. */
  SUBMITTED,
  /** Refused by moderation; the public reason is shown on its page. */
  REJECTED,
  /** A duplicate, merged into another question (its supporters are invited to support that one). */
  MERGED,
  /** Public and open for supports during its collection period. */
  PUBLISHED,
  /** Reached the tenant's threshold of supports (or selected by the council's staff): the answer is due. */
  SELECTED,
  /** On the agenda of a council session. */
  SCHEDULED,
  /** The official's answer is published. */
  ANSWERED,
  /**
   * The collection period ended below the threshold. Never stored: a published question reads as expired once its
   * collection period is over (see {@link Question#statusAt}).
   */
  EXPIRED;

  /** The statuses anyone may see. */
  public static final Set<QuestionStatus> PUBLIC =
      EnumSet.of(REJECTED, MERGED, PUBLISHED, SELECTED, SCHEDULED, ANSWERED, EXPIRED);

  /** The statuses whose answer is due (they may become overdue). */
  public static final Set<QuestionStatus> AWAITING_ANSWER = EnumSet.of(SELECTED, SCHEDULED);

  public boolean isPublic() {
    return PUBLIC.contains(this);
  }
}
