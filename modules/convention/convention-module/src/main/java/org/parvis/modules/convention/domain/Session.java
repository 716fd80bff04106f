package org.parvis.modules.convention.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A working session of the panel: when, where, and its agenda. */
@Entity(name = "ConventionSession")
@Table(name = "convention_session")
public class Session {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "convention_id", nullable = false, updatable = false)
  private UUID conventionId;

  @Column(nullable = false)
  private String title;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  private Instant endsAt;

  private String place;

  @Column(nullable = false)
  private String agenda;

  protected Session() {}

  public Session(UUID conventionId, String title, Instant startsAt, Instant endsAt, String place,
      String agenda) {
    if (!endsAt.isAfter(startsAt)) {
      throw new IllegalArgumentException("A session ends after it starts");
    }
    this.id = UUID.randomUUID();
    this.conventionId = Objects.requireNonNull(conventionId);
    this.title = Objects.requireNonNull(title);
    this.startsAt = startsAt;
    this.endsAt = endsAt;
    this.place = place;
    this.agenda = agenda == null ? "" : agenda;
  }

  public UUID id() {
    return id;
  }

  public UUID conventionId() {
    return conventionId;
  }

  public String title() {
    return title;
  }

  public Instant startsAt() {
    return startsAt;
  }

  public Instant endsAt() {
    return endsAt;
  }

  public String place() {
    return place;
  }

  public String agenda() {
    return agenda;
  }
}
