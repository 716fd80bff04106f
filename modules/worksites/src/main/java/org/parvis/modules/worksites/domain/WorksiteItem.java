package org.parvis.modules.worksites.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A material or tool a worksite needs; one a volunteer brings is pledged by one person. */
@Entity(name = "WorksiteItem")
@Table(name = "worksite_item")
public class WorksiteItem {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private int quantity;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ItemSource source;

  @Column(name = "pledged_by")
  private UUID pledgedBy;

  @Column(name = "pledged_at")
  private Instant pledgedAt;

  protected WorksiteItem() {}

  WorksiteItem(String name, int quantity, ItemSource source) {
    if (quantity < 1) {
      throw new WorksiteRuleException("invalid-quantity", "A quantity is at least 1");
    }
    this.id = UUID.randomUUID();
    this.name = Objects.requireNonNull(name);
    this.quantity = quantity;
    this.source = Objects.requireNonNull(source);
  }

  void pledge(UUID person, Instant now) {
    if (source != ItemSource.VOLUNTEER) {
      throw new WorksiteRuleException("provided-by-commune", "The commune provides this item");
    }
    if (pledgedBy != null && !pledgedBy.equals(person)) {
      throw new WorksiteRuleException("already-pledged", "Someone already brings this item");
    }
    pledgedBy = Objects.requireNonNull(person);
    pledgedAt = now;
  }

  public UUID id() { return id; }
  public String name() { return name; }
  public int quantity() { return quantity; }
  public ItemSource source() { return source; }
  public Optional<UUID> pledgedBy() { return Optional.ofNullable(pledgedBy); }
}
