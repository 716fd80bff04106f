package org.parvis.majorityjudgment;

/**
 * Balinski and Laraki's majority gauge {@code (p, α, q)}: the majority grade {@code α}, the number
 * of grades strictly above it ({@code p}) and strictly below it ({@code q}). The gauge is
 * {@code α+} when {@code p > q} and {@code α−} otherwise.
 *
 * <p>Order: a higher {@code α} wins; for equal {@code α}, {@code α+} beats {@code α−}; two
 * {@code α+} are ordered by the larger {@code p}, two {@code α−} by the smaller {@code q}. When
 * the gauges compare equal the gauge has no opinion and the majority value decides.
 */
public record MajorityGauge(long above, int majorityGrade, long below) implements Comparable<MajorityGauge> {

  public boolean plus() {
    return above > below;
  }

  @Override
  public int compareTo(MajorityGauge other) {
    if (majorityGrade != other.majorityGrade) {
      return Integer.compare(majorityGrade, other.majorityGrade);
    }
    if (plus() != other.plus()) {
      return plus() ? 1 : -1;
    }
    return plus() ? Long.compare(above, other.above) : Long.compare(other.below, below);
  }
}
