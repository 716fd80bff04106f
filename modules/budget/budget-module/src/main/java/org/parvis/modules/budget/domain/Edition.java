package org.parvis.modules.budget.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.parvis.budget.rules.AllocationRules;

/**
 * One edition of a tenant's participatory budget: its calendar of phases, its ballot rules and
 * the allocation rule that turns ballots into funded projects. Its money lives in its
 * {@link Envelope}s.
 */
@Entity
@Table(name = "budget_edition")
public class Edition {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(nullable = false)
  private String title;

  @Column(name = "allocation_rule", nullable = false)
  private String allocationRule;

  @Embedded private BallotRules rules;

  @Embedded private Calendar calendar;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected Edition() {}

  public Edition(String title, String allocationRule, BallotRules rules, Calendar calendar) {
    if (!AllocationRules.NAMES.contains(allocationRule)) {
      throw new IllegalArgumentException(
          "unknown allocation rule '" + allocationRule + "' (greedy, equal-shares or phragmen)");
    }
    this.id = UUID.randomUUID();
    this.title = Objects.requireNonNull(title);
    this.allocationRule = allocationRule;
    this.rules = Objects.requireNonNull(rules);
    this.calendar = Objects.requireNonNull(calendar);
    this.createdAt = Instant.now();
  }

  public Phase phaseAt(Instant now) {
    return calendar.phaseAt(now);
  }

  public void reschedule(Calendar calendar) {
    this.calendar = Objects.requireNonNull(calendar);
  }

  public UUID id() {
    return id;
  }

  public String title() {
    return title;
  }

  public String allocationRule() {
    return allocationRule;
  }

  public BallotRules rules() {
    return rules;
  }

  public Calendar calendar() {
    return calendar;
  }
}
