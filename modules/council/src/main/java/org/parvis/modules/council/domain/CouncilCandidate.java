package org.parvis.modules.council.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A volunteer in the pool from which seats of a college are drawn by lot. The entry is removed when
 * its holder is drawn or withdraws, and with it the email address.
 */
@Entity
@Table(name = "council_candidate")
public class CouncilCandidate {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(nullable = false, updatable = false)
  private String subject;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  private String email;

  @Column(name = "college_id", nullable = false)
  private UUID collegeId;

  @Column(name = "volunteered_at", nullable = false, updatable = false)
  private Instant volunteeredAt;

  protected CouncilCandidate() {}

  public CouncilCandidate(String subject, String displayName, String email, UUID collegeId, Instant now) {
    this.id = UUID.randomUUID();
    this.subject = subject;
    this.displayName = displayName;
    this.email = email;
    this.collegeId = collegeId;
    this.volunteeredAt = now;
  }

  public UUID id() { return id; }
  public String subject() { return subject; }
  public String displayName() { return displayName; }
  public String email() { return email; }
  public UUID collegeId() { return collegeId; }
  public Instant volunteeredAt() { return volunteeredAt; }
}
