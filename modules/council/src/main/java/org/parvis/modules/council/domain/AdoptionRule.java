package org.parvis.modules.council.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The charter's rule for adopting a contribution.
 *
 * <ul>
 *   <li>By <b>consent</b>, a group passes when at least one member consents and nobody objects
 *       (standing aside does not block).
 *   <li>By <b>majority</b>, a group passes when votes for are more than {@code thresholdPercent}
 *       percent of votes for and against (abstentions are not counted): 50 is a simple majority,
 *       66 a two-thirds one.
 * </ul>
 *
 * <p>{@link AdoptionScope#OVERALL} applies the test once to every vote; {@link
 * AdoptionScope#PER_COLLEGE} applies it within each voting college, and every voting college must
 * pass — a college that cast no vote has not passed, so no college is outvoted by the others.
 */
@Embeddable
public class AdoptionRule {

  @Enumerated(EnumType.STRING)
  @Column(name = "adoption_method", nullable = false)
  private AdoptionMethod method;

  @Enumerated(EnumType.STRING)
  @Column(name = "adoption_scope", nullable = false)
  private AdoptionScope scope;

  @Column(name = "majority_percent", nullable = false)
  private int thresholdPercent;

  protected AdoptionRule() {}

  public AdoptionRule(AdoptionMethod method, AdoptionScope scope, int thresholdPercent) {
    if (thresholdPercent < 50 || thresholdPercent > 99) {
      throw new CouncilException("refusal.council.majority.range");
    }
    this.method = Objects.requireNonNull(method);
    this.scope = Objects.requireNonNull(scope);
    this.thresholdPercent = thresholdPercent;
  }

  public static AdoptionRule consent(AdoptionScope scope) {
    return new AdoptionRule(AdoptionMethod.CONSENT, scope, 50);
  }

  public static AdoptionRule majority(AdoptionScope scope, int thresholdPercent) {
    return new AdoptionRule(AdoptionMethod.MAJORITY, scope, thresholdPercent);
  }

  /** A copy, so that a vote keeps the rule it was opened under when the charter changes. */
  public AdoptionRule copy() {
    return new AdoptionRule(method, scope, thresholdPercent);
  }

  /** Whether {@code choice} is an answer this rule counts. */
  public boolean accepts(VoteChoice choice) {
    return choice.fits(method);
  }

  /**
   * Counts the ballots.
   *
   * @param votingColleges the colleges whose members vote, as (id, name), in display order
   */
  public AdoptionResult tally(List<Ballot> ballots, List<CollegeRef> votingColleges) {
    List<Ballot> counted = ballots.stream()
        .filter(b -> votingColleges.stream().anyMatch(c -> c.id().equals(b.college())))
        .toList();
    CollegeTally overall = count(null, null, counted);
    if (scope == AdoptionScope.OVERALL) {
      return new AdoptionResult(overall.passed(), overall, List.of());
    }
    List<CollegeTally> perCollege = new ArrayList<>();
    for (CollegeRef college : votingColleges) {
      perCollege.add(count(college.id(), college.name(),
          counted.stream().filter(b -> b.college().equals(college.id())).toList()));
    }
    boolean adopted = !perCollege.isEmpty() && perCollege.stream().allMatch(CollegeTally::passed);
    return new AdoptionResult(adopted, overall, perCollege);
  }

  private CollegeTally count(UUID college, String name, List<Ballot> ballots) {
    int yes = 0;
    int no = 0;
    int neutral = 0;
    for (Ballot b : ballots) {
      switch (b.choice()) {
        case CONSENT, FOR -> yes++;
        case OBJECTION, AGAINST -> no++;
        default -> neutral++;
      }
    }
    return new CollegeTally(college, name, yes, no, neutral, passes(yes, no));
  }

  private boolean passes(int yes, int no) {
    if (yes == 0) {
      return false;
    }
    return method == AdoptionMethod.CONSENT
        ? no == 0
        : (long) yes * 100 > (long) thresholdPercent * (yes + no);
  }

  public AdoptionMethod method() { return method; }
  public AdoptionScope scope() { return scope; }
  public int thresholdPercent() { return thresholdPercent; }

  /** A college as the tally needs it. */
  public record CollegeRef(UUID id, String name) {}
}
