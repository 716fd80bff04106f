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

  /** Satisfaction that equal shares assumes: {@code cost} or {@code cardinality}. */
  @Column(name = "mes_utility", nullable = false)
  private String mesUtility = "cost";

  /** What equal shares does with unspent money: {@code none}, {@code add1}, {@code add1-utilitarian}. */
  @Column(name = "mes_completion", nullable = false)
  private String mesCompletion = "add1";

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

  /** The utilities equal shares may assume (cumulative ballots always use their points). */
  public static final java.util.List<String> MES_UTILITIES = java.util.List.of("cost", "cardinality");

  /** The completions of equal shares, as the command line names them. */
  public static final java.util.List<String> MES_COMPLETIONS =
      java.util.List.of("none", "add1", "add1-utilitarian");

  /** Sets how equal shares counts this edition (and compares with greedy counting). */
  public void countEqualSharesWith(String utility, String completion) {
    if (!MES_UTILITIES.contains(utility)) {
      throw new IllegalArgumentException("utility is cost or cardinality, not '" + utility + "'");
    }
    if (!MES_COMPLETIONS.contains(completion)) {
      throw new IllegalArgumentException(
          "completion is none, add1 or add1-utilitarian, not '" + completion + "'");
    }
    this.mesUtility = utility;
    this.mesCompletion = completion;
  }

  public String mesUtility() {
    return mesUtility;
  }

  public String mesCompletion() {
    return mesCompletion;
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
