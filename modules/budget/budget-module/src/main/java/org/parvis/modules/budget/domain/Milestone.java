package org.parvis.modules.budget.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A dated step of a funded project's works: planned for a day, and reached on a day (or not). */
@Entity(name = "BudgetMilestone")
@Table(name = "budget_milestone")
public class Milestone {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "idea_id", nullable = false, updatable = false)
  private UUID ideaId;

  @Column(nullable = false)
  private String title;

  @Column(name = "planned_on", nullable = false)
  private LocalDate plannedOn;

  @Column(name = "reached_on")
  private LocalDate reachedOn;

  protected Milestone() {}

  public Milestone(UUID ideaId, String title, LocalDate plannedOn, LocalDate reachedOn) {
    this.id = UUID.randomUUID();
    this.ideaId = Objects.requireNonNull(ideaId);
    change(title, plannedOn, reachedOn);
  }

  public void change(String title, LocalDate plannedOn, LocalDate reachedOn) {
    this.title = Objects.requireNonNull(title);
    this.plannedOn = Objects.requireNonNull(plannedOn);
    this.reachedOn = reachedOn;
  }

  public UUID id() {
    return id;
  }

  public UUID ideaId() {
    return ideaId;
  }

  public String title() {
    return title;
  }

  public LocalDate plannedOn() {
    return plannedOn;
  }

  public LocalDate reachedOn() {
    return reachedOn;
  }
}
