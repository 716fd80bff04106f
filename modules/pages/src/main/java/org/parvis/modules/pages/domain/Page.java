package org.parvis.modules.pages.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hibernate.annotations.TenantId;

/** A static page of one tenant. The body is plain text; it is escaped wherever it is shown. */
@Entity
@Table(name = "pages_page")
public class Page {

  private static final Pattern SLUG = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(nullable = false, updatable = false)
  private String slug;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String body;

  @Column(nullable = false)
  private boolean published;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected Page() {}

  public Page(String slug, String title, String body) {
    if (slug == null || !SLUG.matcher(slug).matches()) {
      throw new IllegalArgumentException("Invalid page slug: " + slug);
    }
    this.id = UUID.randomUUID();
    this.slug = slug;
    revise(title, body);
  }

  public void revise(String title, String body) {
    this.title = Objects.requireNonNull(title);
    this.body = Objects.requireNonNull(body);
    this.updatedAt = Instant.now();
  }

  public void publish() {
    published = true;
    updatedAt = Instant.now();
  }

  public void unpublish() {
    published = false;
    updatedAt = Instant.now();
  }

  public String slug() {
    return slug;
  }

  public String title() {
    return title;
  }

  public String body() {
    return body;
  }

  public boolean published() {
    return published;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
