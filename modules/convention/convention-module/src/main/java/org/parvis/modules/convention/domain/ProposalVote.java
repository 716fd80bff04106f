package org.parvis.modules.convention.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A seated member's approval (or not) of a proposal; one per member, changeable while voting. */
@Entity(name = "ConventionProposalVote")
@Table(name = "convention_proposal_vote")
public class ProposalVote {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "proposal_id", nullable = false, updatable = false)
  private UUID proposalId;

  @Column(name = "volunteer_id", nullable = false, updatable = false)
  private UUID volunteerId;

  @Column(nullable = false)
  private boolean approve;

  /** The grade, in a majority judgment (then {@code approve} is false). */
  @Enumerated(EnumType.STRING)
  private Grade grade;

  @Column(name = "voted_at", nullable = false)
  private Instant votedAt;

  protected ProposalVote() {}

  public ProposalVote(UUID proposalId, UUID volunteerId, boolean approve) {
    this.id = UUID.randomUUID();
    this.proposalId = Objects.requireNonNull(proposalId);
    this.volunteerId = Objects.requireNonNull(volunteerId);
    this.approve = approve;
    this.votedAt = Instant.now();
  }

  /** A member's grade in a majority judgment. */
  public ProposalVote(UUID proposalId, UUID volunteerId, Grade grade) {
    this(proposalId, volunteerId, false);
    this.grade = Objects.requireNonNull(grade);
  }

  public void change(boolean approve) {
    this.approve = approve;
    this.votedAt = Instant.now();
  }

  public void change(Grade grade) {
    this.grade = Objects.requireNonNull(grade);
    this.votedAt = Instant.now();
  }

  public boolean approve() {
    return approve;
  }

  /** The grade, under majority judgment. */
  public Optional<Grade> grade() {
    return Optional.ofNullable(grade);
  }
}
