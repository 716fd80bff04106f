package org.parvis.modules.council.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** One published version of the council's charter or internal rules; never changed afterwards. */
@Entity
@Table(name = "council_document_version")
public class CouncilDocumentVersion {

  /** Which founding document. */
  public enum Kind { CHARTER, INTERNAL_RULES }

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Kind kind;

  @Column(nullable = false, updatable = false)
  private int number;

  @Column(nullable = false, updatable = false)
  private String text;

  @Column(name = "published_at", nullable = false, updatable = false)
  private Instant publishedAt;

  protected CouncilDocumentVersion() {}

  CouncilDocumentVersion(Kind kind, int number, String text, Instant publishedAt) {
    this.id = UUID.randomUUID();
    this.kind = kind;
    this.number = number;
    this.text = text;
    this.publishedAt = publishedAt;
  }

  public Kind kind() { return kind; }
  public int number() { return number; }
  public String text() { return text; }
  public Instant publishedAt() { return publishedAt; }
}
