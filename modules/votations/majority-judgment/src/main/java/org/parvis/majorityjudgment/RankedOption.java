package org.parvis.majorityjudgment;

import java.util.Optional;

/**
 * One option's place in a majority-judgment result. Options exactly tied (equal majority values)
 * share a rank; the next rank skips accordingly (1, 1, 3).
 */
public record RankedOption(String option, int rank, MeritProfile profile) {

  public Optional<Integer> majorityGrade() {
    return profile.majorityGrade();
  }

  public Optional<MajorityGauge> majorityGauge() {
    return profile.majorityGauge();
  }
}
