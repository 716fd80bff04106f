package org.parvis.majorityjudgment;

import java.util.List;

/**
 * An ordered scale of grades, labelled best first as on a ballot ("Excellent", …, "To reject").
 * Grade numbers run the other way: 0 is the worst grade and {@code size() - 1} the best.
 */
public final class GradeScale {

  private final List<String> labelsBestFirst;

  private GradeScale(List<String> labelsBestFirst) {
    if (labelsBestFirst.size() < 2) {
      throw new IllegalArgumentException("a grade scale needs at least two grades");
    }
    if (labelsBestFirst.stream().distinct().count() != labelsBestFirst.size()) {
      throw new IllegalArgumentException("grade labels must be distinct");
    }
    this.labelsBestFirst = List.copyOf(labelsBestFirst);
  }

  /** A scale from its labels, best grade first. */
  public static GradeScale bestFirst(List<String> labels) {
    return new GradeScale(labels);
  }

  /** A scale from its labels, best grade first. */
  public static GradeScale bestFirst(String... labels) {
    return new GradeScale(List.of(labels));
  }

  public int size() {
    return labelsBestFirst.size();
  }

  public int worst() {
    return 0;
  }

  public int best() {
    return size() - 1;
  }

  /** The label of a grade number (0 = worst). */
  public String label(int grade) {
    checkGrade(grade);
    return labelsBestFirst.get(size() - 1 - grade);
  }

  /** The grade number of a label. */
  public int grade(String label) {
    int index = labelsBestFirst.indexOf(label);
    if (index < 0) {
      throw new IllegalArgumentException("unknown grade: " + label);
    }
    return size() - 1 - index;
  }

  /** Labels best first, as a ballot lists them. */
  public List<String> labelsBestFirst() {
    return labelsBestFirst;
  }

  void checkGrade(int grade) {
    if (grade < 0 || grade >= size()) {
      throw new IllegalArgumentException("grade " + grade + " is outside 0.." + (size() - 1));
    }
  }
}
