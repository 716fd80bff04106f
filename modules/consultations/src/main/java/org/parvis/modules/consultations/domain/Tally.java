package org.parvis.modules.consultations.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parvis.majorityjudgment.GradeScale;
import org.parvis.majorityjudgment.MajorityJudgment;

/**
 * The counts of one question over the submitted participations. Pure Java: the results page, the API and the demo
 * all read these numbers, so that a chart, its table and an export cannot disagree.
 *
 * @param respondents how many participations answered the question
 * @param counts choice and ranking questions: by option id, how many chose it (ranking: how many put it first);
 *     scale: by value ("1".."n")
 * @param rankPoints ranking: by option id, its Borda points (n - rank + 1 summed over respondents), best first
 * @param grid grid: the majority-judgment result (ranking of options with their merit profiles), else {@code null}
 * @param texts text questions: the texts, in no particular order
 * @param points map questions: the points given
 */
public record Tally(String question, long respondents, Map<String, Long> counts, Map<String, Long> rankPoints,
    MajorityJudgment.Result grid, List<String> texts, List<Answer.Point> points) {

  /** Counts {@code question} over {@code participations} (the kept answers of each submitted participation). */
  public static Tally of(Question question, List<Map<String, Answer>> participations) {
    long respondents = 0;
    Map<String, Long> counts = new LinkedHashMap<>();
    Map<String, Long> rankPoints = new LinkedHashMap<>();
    List<String> texts = new ArrayList<>();
    List<Answer.Point> points = new ArrayList<>();
    List<Map<String, Integer>> ballots = new ArrayList<>();
    if (question.type() == QuestionType.SCALE) {
      for (int value = 1; value <= question.max(); value++) {
        counts.put(Integer.toString(value), 0L);
      }
    } else {
      question.options().forEach(o -> counts.put(o.id(), 0L));
      if (question.type() == QuestionType.RANKING) {
        question.options().forEach(o -> rankPoints.put(o.id(), 0L));
      }
    }
    for (Map<String, Answer> answers : participations) {
      Answer answer = answers.get(question.id());
      if (answer == null) {
        continue;
      }
      respondents++;
      if (answer instanceof Answer.Choices c) {
        if (question.type() == QuestionType.RANKING) {
          int n = c.options().size();
          for (int i = 0; i < n; i++) {
            rankPoints.merge(c.options().get(i), (long) (n - i), Long::sum);
          }
          if (n > 0) {
            counts.merge(c.options().get(0), 1L, Long::sum);
          }
        } else {
          c.options().forEach(o -> counts.merge(o, 1L, Long::sum));
        }
      } else if (answer instanceof Answer.Scale s) {
        counts.merge(Integer.toString(s.value()), 1L, Long::sum);
      } else if (answer instanceof Answer.Text t) {
        texts.add(t.text());
      } else if (answer instanceof Answer.Grades g) {
        ballots.add(g.grades()); // grade numbers as the library counts them: 0 the worst
      } else if (answer instanceof Answer.Point p) {
        points.add(p);
      }
    }
    MajorityJudgment.Result grid = null;
    if (question.type() == QuestionType.GRID) {
      GradeScale scale = GradeScale.bestFirst(question.grades());
      grid = MajorityJudgment.tally(question.options().stream().map(Option::id).toList(), scale, ballots);
    }
    Map<String, Long> sortedPoints = new LinkedHashMap<>();
    rankPoints.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .forEach(e -> sortedPoints.put(e.getKey(), e.getValue()));
    return new Tally(question.id(), respondents, counts, sortedPoints, grid, texts, points);
  }
}
