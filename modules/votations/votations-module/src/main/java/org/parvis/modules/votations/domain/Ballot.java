package org.parvis.modules.votations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * An anonymous ballot: a random id, its votation and its canonical content — no voter, no time,
 * no sequence number. See {@link BallotContent} for the content.
 */
@Entity(name = "VotationBallot")
@Table(name = "votation_ballot")
public class Ballot {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "votation_id", nullable = false, updatable = false)
  private UUID votationId;

  @Column(nullable = false, updatable = false)
  private String content;

  protected Ballot() {}

  public Ballot(UUID votationId, BallotContent content) {
    this.id = UUID.randomUUID();
    this.votationId = Objects.requireNonNull(votationId);
    this.content = content.encoded();
  }

  /** A ballot of {@code votationId} with an already canonical content, when the box is sealed. */
  public static Ballot sealed(UUID votationId, String encodedContent) {
    Ballot ballot = new Ballot();
    ballot.id = UUID.randomUUID();
    ballot.votationId = Objects.requireNonNull(votationId);
    ballot.content = Objects.requireNonNull(encodedContent);
    return ballot;
  }

  public String content() {
    return content;
  }
}
