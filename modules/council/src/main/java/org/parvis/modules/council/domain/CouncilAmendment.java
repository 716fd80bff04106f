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

/** A member's proposed new text for a section, accepted or rejected by the pen holder. */
@Entity
@Table(name = "council_amendment")
public class CouncilAmendment {

  /** Where the amendment stands. */
  public enum Status { PROPOSED, ACCEPTED, REJECTED }

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "section_id", nullable = false, updatable = false)
  private UUID sectionId;

  @Column(name = "author_id", nullable = false, updatable = false)
  private UUID authorId;

  @Column(name = "proposed_text", nullable = false, updatable = false)
  private String proposedText;

  @Column(nullable = false, updatable = false)
  private String reason;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @Column(name = "proposed_at", nullable = false, updatable = false)
  private Instant proposedAt;

  protected CouncilAmendment() {}

  CouncilAmendment(UUID sectionId, UUID authorId, String proposedText, String reason, Instant now) {
    this.id = UUID.randomUUID();
    this.sectionId = sectionId;
    this.authorId = authorId;
    this.proposedText = proposedText;
    this.reason = reason;
    this.status = Status.PROPOSED;
    this.proposedAt = now;
  }

  void decide(boolean accept) {
    if (status != Status.PROPOSED) {
      throw new CouncilException("refusal.amendment.decided");
    }
    status = accept ? Status.ACCEPTED : Status.REJECTED;
  }

  public UUID id() { return id; }
  public UUID sectionId() { return sectionId; }
  public UUID authorId() { return authorId; }
  public String proposedText() { return proposedText; }
  public String reason() { return reason; }
  public Status status() { return status; }
}
