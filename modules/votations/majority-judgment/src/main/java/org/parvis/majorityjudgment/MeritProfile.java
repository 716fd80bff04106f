package org.parvis.majorityjudgment;

import java.util.Arrays;
import java.util.Optional;

/**
 * How many voters gave each grade to one option (index 0 = worst grade). Immutable.
 */
public final class MeritProfile {

  private final long[] counts;
  private final long voters;

  public MeritProfile(long... countsWorstFirst) {
    if (countsWorstFirst.length < 2) {
      throw new IllegalArgumentException("a merit profile needs at least two grades");
    }
    long total = 0;
    for (long count : countsWorstFirst) {
      if (count < 0) {
        throw new IllegalArgumentException("grade counts cannot be negative");
      }
      total = Math.addExact(total, count);
    }
    this.counts = countsWorstFirst.clone();
    this.voters = total;
  }

  public int grades() {
    return counts.length;
  }

  public long voters() {
    return voters;
  }

  public long count(int grade) {
    return counts[grade];
  }

  /** Counts, worst grade first. */
  public long[] countsWorstFirst() {
    return counts.clone();
  }

  /** Share of voters who gave each grade, worst first (all zero when nobody voted). */
  public double[] sharesWorstFirst() {
    double[] shares = new double[counts.length];
    for (int g = 0; g < counts.length; g++) {
      shares[g] = voters == 0 ? 0 : (double) counts[g] / voters;
    }
    return shares;
  }

  /** The lower middlemost grade; empty when nobody voted. */
  public Optional<Integer> majorityGrade() {
    return voters == 0 ? Optional.empty() : Optional.of(lowerMedian(counts, voters));
  }

  /** The majority gauge; empty when nobody voted. */
  public Optional<MajorityGauge> majorityGauge() {
    return majorityGrade().map(grade -> new MajorityGauge(above(grade), grade, below(grade)));
  }

  /** Number of grades strictly better than {@code grade}. */
  public long above(int grade) {
    long sum = 0;
    for (int g = grade + 1; g < counts.length; g++) {
      sum += counts[g];
    }
    return sum;
  }

  /** Number of grades strictly worse than {@code grade}. */
  public long below(int grade) {
    long sum = 0;
    for (int g = 0; g < grade; g++) {
      sum += counts[g];
    }
    return sum;
  }

  /**
   * The majority value: the successive majority grades obtained by removing one majority grade at
   * a time, until no grade is left (its length is the number of voters).
   */
  public int[] majorityValue() {
    MedianPeeler peeler = new MedianPeeler(this);
    int[] value = new int[Math.toIntExact(voters)];
    for (int i = 0; i < value.length; i++) {
      value[i] = peeler.next();
    }
    return value;
  }

  /**
   * Compares by majority value, lazily (stops at the first differing majority grade). Both
   * profiles must count the same number of voters.
   */
  public static int compareByMajorityValue(MeritProfile a, MeritProfile b) {
    if (a.voters != b.voters) {
      throw new IllegalArgumentException("profiles must count the same number of voters");
    }
    MedianPeeler left = new MedianPeeler(a);
    MedianPeeler right = new MedianPeeler(b);
    for (long i = 0; i < a.voters; i++) {
      int comparison = Integer.compare(left.next(), right.next());
      if (comparison != 0) {
        return comparison;
      }
    }
    return 0;
  }

  static int lowerMedian(long[] counts, long voters) {
    long position = (voters + 1) / 2; // 1-based rank from the worst grade
    long seen = 0;
    for (int g = 0; g < counts.length; g++) {
      seen += counts[g];
      if (seen >= position) {
        return g;
      }
    }
    throw new IllegalStateException("no grade left");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MeritProfile profile && Arrays.equals(counts, profile.counts);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(counts);
  }

  @Override
  public String toString() {
    return "MeritProfile" + Arrays.toString(counts);
  }

  /** Removes one majority grade at a time from a copy of the counts. */
  private static final class MedianPeeler {
    private final long[] remaining;
    private long left;

    MedianPeeler(MeritProfile profile) {
      this.remaining = profile.counts.clone();
      this.left = profile.voters;
    }

    int next() {
      int grade = lowerMedian(remaining, left);
      remaining[grade]--;
      left--;
      return grade;
    }
  }
}
