package org.parvis.modules.council.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * The tenant's development council (aggregate root, one per tenant): its name and territory, its
 * colleges and their seats, the length of a mandate, the charter's adoption rule, and its charter
 * and internal rules as versioned documents — every published version is kept.
 */
@Entity
@Table(name = "council_council")
public class Council {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String territory;

  @Column(name = "mandate_years", nullable = false)
  private int mandateYears;

  @Embedded private AdoptionRule adoptionRule;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
  @JoinColumn(name = "council_id", nullable = false, updatable = false)
  @OrderBy("position")
  private List<CouncilCollege> colleges = new ArrayList<>();

  @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.LAZY)
  @JoinColumn(name = "council_id", nullable = false, updatable = false)
  @OrderBy("kind, number")
  private List<CouncilDocumentVersion> documents = new ArrayList<>();

  @Version private long version;

  protected Council() {}

  public Council(String name, String territory, int mandateYears, AdoptionRule rule) {
    this.id = UUID.randomUUID();
    describe(name, territory, mandateYears, rule);
  }

  /** Changes what the council is and how it adopts; votes already open keep their rule. */
  public void describe(String name, String territory, int mandateYears, AdoptionRule rule) {
    if (mandateYears < 1 || mandateYears > 10) {
      throw new CouncilException("refusal.council.mandate.range");
    }
    this.name = name;
    this.territory = territory;
    this.mandateYears = mandateYears;
    this.adoptionRule = rule;
  }

  /** Adds a college, or changes the one of the same name; seats may not drop below those taken. */
  public CouncilCollege defineCollege(String collegeName, int seats, boolean voting, int seatsTaken) {
    if (seats < seatsTaken) {
      throw new CouncilException("refusal.college.seats.belowSitting", collegeName, seatsTaken);
    }
    Optional<CouncilCollege> existing = colleges.stream()
        .filter(c -> c.name().equalsIgnoreCase(collegeName)).findFirst();
    if (existing.isPresent()) {
      existing.get().change(seats, voting);
      return existing.get();
    }
    CouncilCollege college = new CouncilCollege(collegeName, seats, voting, colleges.size());
    colleges.add(college);
    return college;
  }

  public CouncilCollege college(UUID collegeId) {
    return colleges.stream().filter(c -> c.id().equals(collegeId)).findFirst()
        .orElseThrow(() -> new CouncilException("refusal.college.unknown"));
  }

  public Optional<CouncilCollege> collegeNamed(String collegeName) {
    return colleges.stream().filter(c -> c.name().equalsIgnoreCase(collegeName)).findFirst();
  }

  /** Refuses a new member in a college whose seats are all taken. */
  public void requireFreeSeat(UUID collegeId, long sitting) {
    CouncilCollege college = college(collegeId);
    if (sitting >= college.seats()) {
      throw new CouncilException("refusal.college.full", college.seats(), college.name());
    }
  }

  /** Publishes a new version of the charter or the internal rules; earlier versions stay. */
  public CouncilDocumentVersion publish(CouncilDocumentVersion.Kind kind, String text, Instant now) {
    int next = documents.stream().filter(d -> d.kind() == kind)
        .mapToInt(CouncilDocumentVersion::number).max().orElse(0) + 1;
    CouncilDocumentVersion published = new CouncilDocumentVersion(kind, next, text, now);
    documents.add(published);
    return published;
  }

  public List<CouncilDocumentVersion> versions(CouncilDocumentVersion.Kind kind) {
    return documents.stream().filter(d -> d.kind() == kind)
        .sorted(Comparator.comparingInt(CouncilDocumentVersion::number)).toList();
  }

  public Optional<CouncilDocumentVersion> current(CouncilDocumentVersion.Kind kind) {
    List<CouncilDocumentVersion> all = versions(kind);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  public List<AdoptionRule.CollegeRef> votingColleges() {
    return colleges.stream().filter(CouncilCollege::voting)
        .map(c -> new AdoptionRule.CollegeRef(c.id(), c.name())).toList();
  }

  public UUID id() { return id; }
  public String name() { return name; }
  public String territory() { return territory; }
  public int mandateYears() { return mandateYears; }
  public AdoptionRule adoptionRule() { return adoptionRule; }
  public List<CouncilCollege> colleges() { return List.copyOf(colleges); }
}
