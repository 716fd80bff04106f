package org.parvis.modules.council.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A member's vote on a contribution (named: the council's votes are public record). */
@Entity
@Table(name = "council_vote")
public class CouncilVote {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "member_id", nullable = false, updatable = false)
  private UUID memberId;

  @Column(name = "college_id", nullable = false, updatable = false)
  private UUID collegeId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private VoteChoice choice;

  @Column(name = "cast_at", nullable = false)
  private Instant castAt;

  protected CouncilVote() {}

  CouncilVote(UUID memberId, UUID collegeId, VoteChoice choice, Instant now) {
    this.id = UUID.randomUUID();
    this.memberId = memberId;
    this.collegeId = collegeId;
    this.choice = choice;
    this.castAt = now;
  }

  void change(VoteChoice newChoice, Instant now) {
    this.choice = newChoice;
    this.castAt = now;
  }

  Ballot ballot() {
    return new Ballot(memberId, collegeId, choice);
  }

  public UUID memberId() { return memberId; }
  public UUID collegeId() { return collegeId; }
  public VoteChoice choice() { return choice; }
}
