package org.parvis.modules.votations.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
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
import org.parvis.majorityjudgment.GradeScale;

/**
 * A local vote (aggregate root): a question, its options, a calendar and a counting method.
 * Ballots are accepted from {@code opensAt} until {@code closesAt}; results exist only once it is
 * closed, so that partial results cannot sway the remaining voters.
 */
@Entity
@Table(name = "votation_votation")
public class Votation {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(nullable = false)
  private String question;

  @Column(nullable = false)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CountingMethod method;

  /** Grade labels, best first, one per line (majority judgment only). */
  @Column(nullable = false)
  private String grades;

  @Column(name = "opens_at", nullable = false)
  private Instant opensAt;

  @Column(name = "closes_at", nullable = false)
  private Instant closesAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
  @JoinColumn(name = "votation_id", nullable = false, updatable = false)
  @OrderBy("position")
  private List<VotationOption> options = new ArrayList<>();

  @Column(name = "ballots_sealed_at")
  private Instant ballotsSealedAt;

  @Version private long version;

  protected Votation() {}

  public Votation(String question, String description, CountingMethod method, List<String> options,
      List<String> gradesBestFirst, Instant opensAt, Instant closesAt) {
    this.id = UUID.randomUUID();
    this.createdAt = Instant.now();
    define(question, description, method, options, gradesBestFirst, opensAt, closesAt);
  }

  /** Whether {@code options} are at least two and all distinct, as every votation's must be. */
  public static boolean hasTwoDistinctOptions(List<String> options) {
    return options.size() >= 2 && options.stream().distinct().count() == options.size();
  }

  /** Whether a votation opening at {@code opensAt} may close at {@code closesAt}: strictly later. */
  public static boolean closesAfterOpening(Instant opensAt, Instant closesAt) {
    return closesAt.isAfter(opensAt);
  }

  /**
   * Rewrites the votation before it opens: its question, description, method, options, grades and calendar, with
   * the same rules as a new one. Options keep their ids by position (no ballot can refer to them yet).
   *
   * @throws IllegalStateException once it has opened (ballots may have been cast)
   * @throws IllegalArgumentException when the new content breaks a rule
   */
  public void revise(String question, String description, CountingMethod method, List<String> options,
      List<String> gradesBestFirst, Instant opensAt, Instant closesAt, Instant now) {
    if (hasOpened(now)) {
      throw new IllegalStateException("this votation has opened: it can no longer be changed");
    }
    define(question, description, method, options, gradesBestFirst, opensAt, closesAt);
  }

  /**
   * Opens the votation now, ahead of its calendar.
   *
   * @throws IllegalStateException when it has already opened
   */
  public void openAt(Instant now) {
    if (hasOpened(now)) {
      throw new IllegalStateException("this votation is already open");
    }
    this.opensAt = now;
  }

  /** Whether ballots have been (or are being) accepted: it is open or closed. */
  public boolean hasOpened(Instant now) {
    return !now.isBefore(opensAt);
  }

  private void define(String question, String description, CountingMethod method, List<String> options,
      List<String> gradesBestFirst, Instant opensAt, Instant closesAt) {
    if (!hasTwoDistinctOptions(options)) {
      throw new IllegalArgumentException("a votation needs at least two distinct options");
    }
    if (!closesAfterOpening(opensAt, closesAt)) {
      throw new IllegalArgumentException("a votation must close after it opens");
    }
    String gradeLines = "";
    if (method == CountingMethod.MAJORITY_JUDGMENT) {
      GradeScale.bestFirst(gradesBestFirst); // validates
      gradeLines = String.join("\n", gradesBestFirst);
    }
    this.question = Objects.requireNonNull(question);
    this.description = Objects.requireNonNull(description);
    this.method = Objects.requireNonNull(method);
    this.grades = gradeLines;
    // Relabel by position, then add or remove at the end: positions stay unique at every flush.
    for (int i = 0; i < options.size(); i++) {
      if (i < this.options.size()) {
        this.options.get(i).relabel(options.get(i));
      } else {
        this.options.add(new VotationOption(i, options.get(i)));
      }
    }
    while (this.options.size() > options.size()) {
      this.options.remove(this.options.size() - 1);
    }
    this.opensAt = opensAt;
    this.closesAt = closesAt;
  }

  public boolean isOpen(Instant now) {
    return !now.isBefore(opensAt) && now.isBefore(closesAt);
  }

  public boolean isClosed(Instant now) {
    return !now.isBefore(closesAt);
  }

  /** Closes the votation now, ahead of its calendar (e.g. by decision of the organizers). */
  public void closeAt(Instant now) {
    if (isClosed(now)) {
      throw new IllegalStateException("this votation is already closed");
    }
    this.closesAt = now;
    if (opensAt.isAfter(now)) {
      this.opensAt = now;
    }
  }

  public Optional<GradeScale> gradeScale() {
    return grades.isEmpty() ? Optional.empty() : Optional.of(GradeScale.bestFirst(grades.split("\n")));
  }

  /** Whether the ballots must now be sealed: the vote is over and they have not been yet. */
  public boolean needsSealing(Instant now) {
    return isClosed(now) && ballotsSealedAt == null;
  }

  public void ballotsSealed(Instant now) {
    if (!isClosed(now)) {
      throw new IllegalStateException("the ballot box is sealed only once the vote is closed");
    }
    ballotsSealedAt = now;
  }

  public UUID id() { return id; }
  public String question() { return question; }
  public String description() { return description; }
  public CountingMethod method() { return method; }
  public Instant opensAt() { return opensAt; }
  public Instant closesAt() { return closesAt; }
  public List<VotationOption> options() { return List.copyOf(options); }
  /** The grade labels, best first (empty unless majority judgment). */
  public List<String> gradeLabels() { return grades.isEmpty() ? List.of() : List.of(grades.split("\n")); }
}
