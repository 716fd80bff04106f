package org.parvis.modules.convention.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A document of a session: a file stored by the platform, with its caption (alt text). */
@Entity(name = "ConventionSessionDocument")
@Table(name = "convention_session_document")
public class SessionDocument {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "session_id", nullable = false, updatable = false)
  private UUID sessionId;

  @Column(name = "file_id", nullable = false, updatable = false)
  private UUID fileId;

  @Column(nullable = false, updatable = false)
  private String filename;

  @Column(name = "content_type", nullable = false, updatable = false)
  private String contentType;

  @Column(nullable = false)
  private String caption;

  @Column(name = "added_at", nullable = false, updatable = false)
  private Instant addedAt;

  protected SessionDocument() {}

  public SessionDocument(UUID sessionId, UUID fileId, String filename, String contentType,
      String caption) {
    this.id = UUID.randomUUID();
    this.sessionId = Objects.requireNonNull(sessionId);
    this.fileId = Objects.requireNonNull(fileId);
    this.filename = Objects.requireNonNull(filename);
    this.contentType = Objects.requireNonNull(contentType);
    this.caption = Objects.requireNonNull(caption);
    this.addedAt = Instant.now();
  }

  public UUID sessionId() {
    return sessionId;
  }

  public UUID fileId() {
    return fileId;
  }

  /** Where the platform serves the file. */
  public String url() {
    return "/files/" + fileId;
  }

  public String filename() {
    return filename;
  }

  public String contentType() {
    return contentType;
  }

  public String caption() {
    return caption;
  }
}
