package org.parvis.modules.consultations.domain;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One question's answer, as stored: what was chosen, never how the form was filled in. */
public sealed interface Answer {

  /** Single or multiple choice: the option ids, in the question's order; ranking: the option ids, preferred first. */
  record Choices(List<String> options) implements Answer {
    public Choices {
      options = List.copyOf(options);
    }
  }

  /** A scale: 1 to the question's maximum. */
  record Scale(int value) implements Answer {}

  /** A short or long text. */
  record Text(String text) implements Answer {}

  /** A grid: the grade of every option, 0 the worst. */
  record Grades(Map<String, Integer> grades) implements Answer {
    public Grades {
      grades = java.util.Collections.unmodifiableMap(new TreeMap<>(grades));
    }
  }

  /** A point on the map (WGS 84 degrees). */
  record Point(double latitude, double longitude) implements Answer {}
}
