package org.parvis.modules.budget.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A signed-in person's comment on an idea; moderators may hide it, with a reason. */
@Entity
@Table(name = "budget_comment")
public class Comment {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "idea_id", nullable = false, updatable = false)
  private UUID ideaId;

  @Column(name = "author_subject", nullable = false, updatable = false)
  private String authorSubject;

  @Column(nullable = false, updatable = false)
  private String body;

  @Column(nullable = false)
  private boolean hidden;

  @Column(name = "hidden_reason")
  private String hiddenReason;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected Comment() {}

  public Comment(UUID ideaId, String authorSubject, String body) {
    this.id = UUID.randomUUID();
    this.ideaId = Objects.requireNonNull(ideaId);
    this.authorSubject = Objects.requireNonNull(authorSubject);
    this.body = Objects.requireNonNull(body);
    this.createdAt = Instant.now();
  }

  public void hide(String reason) {
    this.hidden = true;
    this.hiddenReason = Objects.requireNonNull(reason);
  }

  public UUID id() {
    return id;
  }

  public UUID ideaId() {
    return ideaId;
  }

  public String body() {
    return body;
  }

  public boolean hidden() {
    return hidden;
  }

  public String hiddenReason() {
    return hiddenReason;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
