package org.parvis.modules.votations.domain;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a ballot says, in a canonical text form that keeps no trace of how it was filled in:
 * <ul>
 *   <li>majority judgment: the grade number of every option, in option order, e.g. {@code 4,0,2}
 *       (0 = worst; an option left ungraded gets the worst grade);</li>
 *   <li>approval: the approved option positions, sorted, e.g. {@code 0,2} (empty: approves none);</li>
 *   <li>single choice: the chosen option position, e.g. {@code 1}.</li>
 * </ul>
 */
public record BallotContent(String encoded) {

  /** Grades by option position; every position of {@code votation} ends up graded. */
  public static BallotContent grades(Votation votation, Map<Integer, Integer> gradeByPosition) {
    require(votation, CountingMethod.MAJORITY_JUDGMENT);
    int size = votation.gradeScale().orElseThrow().size();
    int options = votation.options().size();
    gradeByPosition.forEach((position, grade) -> {
      checkPosition(position, options);
      if (grade < 0 || grade >= size) {
        throw new IllegalArgumentException("unknown grade");
      }
    });
    int[] grades = new int[options];
    gradeByPosition.forEach((position, grade) -> grades[position] = grade);
    return new BallotContent(Arrays.stream(grades).mapToObj(Integer::toString).collect(Collectors.joining(",")));
  }

  public static BallotContent approvals(Votation votation, Set<Integer> positions) {
    require(votation, CountingMethod.APPROVAL);
    positions.forEach(p -> checkPosition(p, votation.options().size()));
    return new BallotContent(new TreeSet<>(positions).stream().map(Object::toString)
        .collect(Collectors.joining(",")));
  }

  public static BallotContent single(Votation votation, int position) {
    require(votation, CountingMethod.SINGLE_CHOICE);
    checkPosition(position, votation.options().size());
    return new BallotContent(Integer.toString(position));
  }

  /** The numbers of the encoded form, in order (grades for majority judgment, else positions). */
  public int[] numbers() {
    return encoded.isEmpty() ? new int[0] : Arrays.stream(encoded.split(",")).mapToInt(Integer::parseInt).toArray();
  }

  private static void require(Votation votation, CountingMethod method) {
    if (votation.method() != method) {
      throw new IllegalArgumentException("this votation is counted by " + votation.method());
    }
  }

  private static void checkPosition(int position, int options) {
    if (position < 0 || position >= options) {
      throw new IllegalArgumentException("unknown option");
    }
  }
}
