package org.parvis.modules.council.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A section of a contribution, drafted collaboratively. */
@Entity
@Table(name = "council_section")
public class CouncilSection {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(nullable = false, updatable = false)
  private int position;

  @Column(nullable = false)
  private String heading;

  @Column(nullable = false)
  private String text;

  protected CouncilSection() {}

  CouncilSection(int position, String heading, String text) {
    this.id = UUID.randomUUID();
    this.position = position;
    this.heading = heading;
    this.text = text;
  }

  void rewrite(String newText) {
    this.text = newText;
  }

  public UUID id() { return id; }
  public int position() { return position; }
  public String heading() { return heading; }
  public String text() { return text; }
}
