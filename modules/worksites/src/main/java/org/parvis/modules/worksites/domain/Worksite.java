package org.parvis.modules.worksites.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A work to do together (aggregate root with its materials and tools): where, who refers it for
 * the commune, what to bring, how to stay safe, from which age. Its shifts are aggregates of their
 * own ({@link Shift}) so that registrations to one slot lock only that slot. Completion is final.
 */
@Entity(name = "Worksite")
@Table(name = "worksite_worksite")
public class Worksite {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "report_id", updatable = false)
  private UUID reportId;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String description;

  @Embedded private GeoPoint location;

  private String address;
  private String referent;

  @Column(name = "safety_notes")
  private String safetyNotes;

  @Column(name = "minimum_age")
  private Integer minimumAge;

  private String skills;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private WorksiteStatus status;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(name = "completion_note")
  private String completionNote;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
  @JoinColumn(name = "worksite_id", nullable = false, updatable = false)
  @OrderBy("name")
  private List<WorksiteItem> items = new ArrayList<>();

  @Version private long version;

  protected Worksite() {}

  public Worksite(UUID reportId, String title, String description, GeoPoint location, Instant now) {
    this.id = UUID.randomUUID();
    this.reportId = reportId;
    this.title = Objects.requireNonNull(title);
    this.description = Objects.requireNonNull(description);
    this.location = Objects.requireNonNull(location);
    this.status = WorksiteStatus.PLANNED;
    this.createdAt = now;
  }

  /** Staff describe the practical side; every field may be changed until completion. */
  public void describe(Details details) {
    requirePlanned();
    if (details.minimumAge() != null && (details.minimumAge() < 0 || details.minimumAge() > 120)) {
      throw new WorksiteRuleException("invalid-minimum-age", "A minimum age is between 0 and 120");
    }
    this.title = Objects.requireNonNull(details.title());
    this.description = Objects.requireNonNull(details.description());
    this.location = Objects.requireNonNull(details.location());
    this.address = details.address();
    this.referent = details.referent();
    this.safetyNotes = details.safetyNotes();
    this.minimumAge = details.minimumAge();
    this.skills = details.skills();
  }

  public WorksiteItem addItem(String name, int quantity, ItemSource source) {
    requirePlanned();
    WorksiteItem item = new WorksiteItem(name, quantity, source);
    items.add(item);
    return item;
  }

  /** A volunteer promises to bring an item; pledging again the same item is harmless. */
  public WorksiteItem pledge(UUID itemId, UUID person, Instant now) {
    requirePlanned();
    WorksiteItem item = items.stream().filter(i -> i.id().equals(itemId)).findFirst()
        .orElseThrow(() -> new WorksiteRuleException("no-such-item", "No item " + itemId));
    item.pledge(person, now);
    return item;
  }

  public void complete(String note, Instant now) {
    requirePlanned();
    this.status = WorksiteStatus.COMPLETED;
    this.completedAt = now;
    this.completionNote = note;
  }

  /**
   * Admits a new registration. When the worksite has a minimum age, every person of the
   * registration (the registrant and each companion) must have reached it, and the registrant
   * declares so: the commune cannot check ages, but the minimum age is a safety rule (tools,
   * traffic, heights) and nobody younger is admitted, even accompanied. A minor who has reached it
   * comes as the companion of the adult who registers and answers for them.
   *
   * @param everyoneOldEnough the registrant's declaration that everyone registered has reached the
   *     minimum age
   * @throws WorksiteRuleException {@code minimum-age} without the declaration, or when completed
   */
  public void admit(boolean everyoneOldEnough) {
    requirePlanned();
    if (minimumAge != null && minimumAge > 0 && !everyoneOldEnough) {
      throw new WorksiteRuleException("minimum-age", "Everyone registered must be at least "
          + minimumAge + " years old: the registrant declares it when registering");
    }
  }

  public void requirePlanned() {
    if (status != WorksiteStatus.PLANNED) {
      throw new WorksiteRuleException("worksite-completed", "This worksite is completed");
    }
  }

  /** What staff write about a worksite. */
  public record Details(String title, String description, GeoPoint location, String address,
      String referent, String safetyNotes, Integer minimumAge, String skills) {}

  public UUID id() { return id; }
  public Optional<UUID> reportId() { return Optional.ofNullable(reportId); }
  public String title() { return title; }
  public String description() { return description; }
  public GeoPoint location() { return location; }
  public Optional<String> address() { return Optional.ofNullable(address); }
  public Optional<String> referent() { return Optional.ofNullable(referent); }
  public Optional<String> safetyNotes() { return Optional.ofNullable(safetyNotes); }
  public Optional<Integer> minimumAge() { return Optional.ofNullable(minimumAge); }
  public Optional<String> skills() { return Optional.ofNullable(skills); }
  public WorksiteStatus status() { return status; }
  public Optional<Instant> completedAt() { return Optional.ofNullable(completedAt); }
  public Optional<String> completionNote() { return Optional.ofNullable(completionNote); }
  public List<WorksiteItem> items() { return List.copyOf(items); }
  public Instant createdAt() { return createdAt; }
}
