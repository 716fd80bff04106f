package org.parvis.modules.council.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A college of the council (economic actors, associations, citizens…) with its number of seats.
 * Observer colleges (e.g. elected officials) sit but do not vote.
 */
@Entity
@Table(name = "council_college")
public class CouncilCollege {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(nullable = false, updatable = false)
  private String name;

  @Column(nullable = false)
  private int seats;

  @Column(nullable = false)
  private boolean voting;

  @Column(nullable = false, updatable = false)
  private int position;

  protected CouncilCollege() {}

  CouncilCollege(String name, int seats, boolean voting, int position) {
    if (seats < 1) {
      throw new CouncilException("refusal.college.seats.min");
    }
    this.id = UUID.randomUUID();
    this.name = name;
    this.seats = seats;
    this.voting = voting;
    this.position = position;
  }

  void change(int seats, boolean voting) {
    if (seats < 1) {
      throw new CouncilException("refusal.college.seats.min");
    }
    this.seats = seats;
    this.voting = voting;
  }

  public UUID id() { return id; }
  public String name() { return name; }
  public int seats() { return seats; }
  public boolean voting() { return voting; }
}
