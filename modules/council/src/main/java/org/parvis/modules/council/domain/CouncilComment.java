package org.parvis.modules.council.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A member's comment on a section of a contribution. */
@Entity
@Table(name = "council_comment")
public class CouncilComment {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "section_id", nullable = false, updatable = false)
  private UUID sectionId;

  @Column(name = "author_id", nullable = false, updatable = false)
  private UUID authorId;

  @Column(nullable = false, updatable = false)
  private String text;

  @Column(name = "written_at", nullable = false, updatable = false)
  private Instant writtenAt;

  protected CouncilComment() {}

  CouncilComment(UUID sectionId, UUID authorId, String text, Instant writtenAt) {
    this.id = UUID.randomUUID();
    this.sectionId = sectionId;
    this.authorId = authorId;
    this.text = text;
    this.writtenAt = writtenAt;
  }

  public UUID id() { return id; }
  public UUID sectionId() { return sectionId; }
  public UUID authorId() { return authorId; }
  public String text() { return text; }
  public Instant writtenAt() { return writtenAt; }
}
