package org.parvis.core.files.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.parvis.spi.files.StoredFile;

/** A file attached by someone in a tenant; its content is loaded only when served. */
@Entity(name = "PlatformFile")
@Table(name = "parvis_file")
public class PlatformFile {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(nullable = false, updatable = false)
  private String module;

  @Column(nullable = false, updatable = false)
  private String filename;

  @Column(name = "content_type", nullable = false, updatable = false)
  private String contentType;

  @Column(nullable = false, updatable = false)
  private long size;

  @Column(nullable = false, updatable = false)
  private String sha256;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false, updatable = false)
  private byte[] content;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected PlatformFile() {}

  public PlatformFile(String module, String filename, String contentType, byte[] content,
      String sha256) {
    this.id = UUID.randomUUID();
    this.module = module;
    this.filename = filename;
    this.contentType = contentType;
    this.content = content;
    this.size = content.length;
    this.sha256 = sha256;
    this.createdAt = Instant.now();
  }

  public StoredFile describe() {
    return new StoredFile(id, module, filename, contentType, size, sha256);
  }

  public byte[] content() {
    return content;
  }
}
