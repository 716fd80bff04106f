package org.parvis.modules.budget.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * One project's line in a published {@link EnvelopeOutcome}: its votes and cost when counted,
 * and whether the edition's rule, greedy counting and equal shares fund it.
 */
@Entity(name = "BudgetProjectOutcome")
@Table(name = "budget_project_outcome")
public class ProjectOutcome {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "edition_id", nullable = false, updatable = false)
  private UUID editionId;

  @Column(name = "envelope_id", nullable = false, updatable = false)
  private UUID envelopeId;

  @Column(name = "idea_id", nullable = false, updatable = false)
  private UUID ideaId;

  /** Rank in the published list: funded projects first, then by votes. */
  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private long cost;

  @Column(nullable = false)
  private long votes;

  @Column(nullable = false)
  private boolean funded;

  @Column(name = "funded_by_greedy", nullable = false)
  private boolean fundedByGreedy;

  @Column(name = "funded_by_equal_shares", nullable = false)
  private boolean fundedByEqualShares;

  protected ProjectOutcome() {}

  public ProjectOutcome(UUID editionId, UUID envelopeId, UUID ideaId, int position, String title,
      long cost, long votes, boolean funded, boolean fundedByGreedy, boolean fundedByEqualShares) {
    this.id = UUID.randomUUID();
    this.editionId = Objects.requireNonNull(editionId);
    this.envelopeId = Objects.requireNonNull(envelopeId);
    this.ideaId = Objects.requireNonNull(ideaId);
    this.position = position;
    this.title = Objects.requireNonNull(title);
    this.cost = cost;
    this.votes = votes;
    this.funded = funded;
    this.fundedByGreedy = fundedByGreedy;
    this.fundedByEqualShares = fundedByEqualShares;
  }

  public UUID envelopeId() {
    return envelopeId;
  }

  public UUID ideaId() {
    return ideaId;
  }

  public int position() {
    return position;
  }

  public String title() {
    return title;
  }

  public long cost() {
    return cost;
  }

  public long votes() {
    return votes;
  }

  public boolean funded() {
    return funded;
  }

  public boolean fundedByGreedy() {
    return fundedByGreedy;
  }

  public boolean fundedByEqualShares() {
    return fundedByEqualShares;
  }
}
