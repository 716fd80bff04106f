package org.parvis.modules.votations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** One answer a votation offers, at a fixed position. */
@Entity
@Table(name = "votation_option")
public class VotationOption {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(nullable = false, updatable = false)
  private int position;

  @Column(nullable = false)
  private String label;

  protected VotationOption() {}

  VotationOption(int position, String label) {
    this.id = UUID.randomUUID();
    this.position = position;
    this.label = Objects.requireNonNull(label);
  }

  /** A new wording, only while no one can have voted (see {@link Votation#revise}). */
  void relabel(String label) {
    this.label = Objects.requireNonNull(label);
  }

  public UUID id() {
    return id;
  }

  public int position() {
    return position;
  }

  public String label() {
    return label;
  }
}
