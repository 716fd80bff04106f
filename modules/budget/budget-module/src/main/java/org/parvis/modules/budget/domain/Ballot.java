package org.parvis.modules.budget.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/**
 * A ballot cast in an envelope, online by a verified resident or on paper (entered by staff).
 * Ballots are written only through {@link BallotRepository#upsert}, one atomic statement keyed on
 * the voter, so that concurrent or replayed submissions never create a second ballot; this
 * entity is the read side.
 */
@Entity(name = "BudgetBallot")
@Immutable
@Table(name = "budget_ballot")
public class Ballot {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "edition_id", nullable = false)
  private UUID editionId;

  @Column(name = "envelope_id", nullable = false)
  private UUID envelopeId;

  @Column(name = "voter_key", nullable = false)
  private String voterKey;

  @Column(nullable = false)
  private String scope;

  @Column(nullable = false)
  private String channel;

  @Column(nullable = false)
  private String choices;

  @Column(name = "total_cost", nullable = false)
  private long totalCost;

  @Column(name = "cast_at", nullable = false)
  private Instant castAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Ballot() {}

  public UUID id() {
    return id;
  }

  public UUID envelopeId() {
    return envelopeId;
  }

  public String channel() {
    return channel;
  }

  public Map<UUID, Long> points() {
    return Choices.read(choices);
  }

  public long totalCost() {
    return totalCost;
  }

  public Instant castAt() {
    return castAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
