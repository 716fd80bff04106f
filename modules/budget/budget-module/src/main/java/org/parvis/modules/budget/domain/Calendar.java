package org.parvis.modules.budget.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/**
 * When each phase of an edition opens; each phase closes when the next one opens. The current
 * phase is always derived from these dates, so moving a date is how an administrator moves a
 * phase.
 */
@Embeddable
public class Calendar {

  @Column(name = "submission_opens", nullable = false)
  private Instant submissionOpens;

  @Column(name = "review_opens", nullable = false)
  private Instant reviewOpens;

  @Column(name = "vote_opens", nullable = false)
  private Instant voteOpens;

  @Column(name = "vote_closes", nullable = false)
  private Instant voteCloses;

  @Column(name = "implementation_opens", nullable = false)
  private Instant implementationOpens;

  protected Calendar() {}

  public Calendar(
      Instant submissionOpens,
      Instant reviewOpens,
      Instant voteOpens,
      Instant voteCloses,
      Instant implementationOpens) {
    this.submissionOpens = Objects.requireNonNull(submissionOpens, "submissionOpens");
    this.reviewOpens = Objects.requireNonNull(reviewOpens, "reviewOpens");
    this.voteOpens = Objects.requireNonNull(voteOpens, "voteOpens");
    this.voteCloses = Objects.requireNonNull(voteCloses, "voteCloses");
    this.implementationOpens = Objects.requireNonNull(implementationOpens, "implementationOpens");
    if (reviewOpens.isBefore(submissionOpens)
        || voteOpens.isBefore(reviewOpens)
        || voteCloses.isBefore(voteOpens)
        || implementationOpens.isBefore(voteCloses)) {
      throw new IllegalArgumentException(
          "phases must follow each other: submission ≤ review ≤ vote ≤ vote close ≤ implementation");
    }
  }

  /** The phase open at {@code now}. */
  public Phase phaseAt(Instant now) {
    if (now.isBefore(submissionOpens)) {
      return Phase.UPCOMING;
    }
    if (now.isBefore(reviewOpens)) {
      return Phase.IDEA_SUBMISSION;
    }
    if (now.isBefore(voteOpens)) {
      return Phase.FEASIBILITY_REVIEW;
    }
    if (now.isBefore(voteCloses)) {
      return Phase.VOTE;
    }
    if (now.isBefore(implementationOpens)) {
      return Phase.RESULTS;
    }
    return Phase.IMPLEMENTATION;
  }

  /** The same calendar with the vote closed at {@code now} (later phases kept, if later). */
  public Calendar closingVoteAt(Instant now) {
    Instant opens = voteOpens.isAfter(now) ? now : voteOpens;
    Instant review = reviewOpens.isAfter(opens) ? opens : reviewOpens;
    Instant submission = submissionOpens.isAfter(review) ? review : submissionOpens;
    Instant implementation = implementationOpens.isBefore(now) ? now : implementationOpens;
    return new Calendar(submission, review, opens, now, implementation);
  }

  public Instant submissionOpens() {
    return submissionOpens;
  }

  public Instant reviewOpens() {
    return reviewOpens;
  }

  public Instant voteOpens() {
    return voteOpens;
  }

  public Instant voteCloses() {
    return voteCloses;
  }

  public Instant implementationOpens() {
    return implementationOpens;
  }
}
