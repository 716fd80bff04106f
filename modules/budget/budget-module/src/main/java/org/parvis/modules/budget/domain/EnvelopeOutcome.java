package org.parvis.modules.budget.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * The published result of one envelope, counted once when the vote closed (or again on an
 * administrator's audited recount): how many ballots, the rule, what it spent, and what greedy
 * counting and equal shares would have spent. Its projects are {@link ProjectOutcome}s. Never
 * changed by a ballot: results pages read this, not the ballots.
 */
@Entity(name = "BudgetEnvelopeOutcome")
@Table(name = "budget_envelope_outcome")
public class EnvelopeOutcome {

  /** The envelope's id: one published result per envelope. */
  @Id
  @Column(name = "envelope_id")
  private UUID envelopeId;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "edition_id", nullable = false, updatable = false)
  private UUID editionId;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private boolean district;

  @Column(nullable = false)
  private long amount;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private long ballots;

  @Column(nullable = false)
  private String rule;

  @Column(nullable = false)
  private long spent;

  @Column(name = "greedy_spent", nullable = false)
  private long greedySpent;

  @Column(name = "equal_shares_spent", nullable = false)
  private long equalSharesSpent;

  @Column(name = "counted_at", nullable = false)
  private Instant countedAt;

  protected EnvelopeOutcome() {}

  public EnvelopeOutcome(Envelope envelope, long ballots, String rule, long spent,
      long greedySpent, long equalSharesSpent, Instant countedAt) {
    this.envelopeId = envelope.id();
    this.editionId = envelope.editionId();
    this.name = envelope.name();
    this.district = envelope.district();
    this.amount = envelope.amount();
    this.position = envelope.position();
    this.ballots = ballots;
    this.rule = Objects.requireNonNull(rule);
    this.spent = spent;
    this.greedySpent = greedySpent;
    this.equalSharesSpent = equalSharesSpent;
    this.countedAt = Objects.requireNonNull(countedAt);
  }

  public UUID envelopeId() {
    return envelopeId;
  }

  public UUID editionId() {
    return editionId;
  }

  public String name() {
    return name;
  }

  public boolean district() {
    return district;
  }

  public long amount() {
    return amount;
  }

  public long ballots() {
    return ballots;
  }

  public String rule() {
    return rule;
  }

  public long spent() {
    return spent;
  }

  public long greedySpent() {
    return greedySpent;
  }

  public long equalSharesSpent() {
    return equalSharesSpent;
  }

  public Instant countedAt() {
    return countedAt;
  }
}
