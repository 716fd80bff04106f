package org.parvis.modules.questions.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The facts of an official's (or the council's) record, from the public questions addressed to them: how many were
 * received, answered, overdue, and the median number of days from selection to answer. Facts only, no rating.
 *
 * @param medianDaysToAnswer empty while nothing has been answered
 */
public record AnswerFacts(long received, long answered, long overdue, OptionalDouble medianDaysToAnswer) {

  /** The facts of {@code questions} at {@code now}, with the tenant's answer {@code deadline}. */
  public static AnswerFacts of(Collection<Question> questions, Instant now, Duration deadline) {
    long received = 0;
    long overdue = 0;
    long[] days = questions.stream().map(Question::daysToAnswer).filter(OptionalLong::isPresent)
        .mapToLong(OptionalLong::getAsLong).sorted().toArray();
    for (Question question : questions) {
      QuestionStatus status = question.statusAt(now);
      if (status.isPublic() && status != QuestionStatus.REJECTED && status != QuestionStatus.MERGED) {
        received++;
      }
      if (question.isOverdue(now, deadline)) {
        overdue++;
      }
    }
    long answered = questions.stream().filter(q -> q.status() == QuestionStatus.ANSWERED).count();
    return new AnswerFacts(received, answered, overdue, median(days));
  }

  static OptionalDouble median(long[] sorted) {
    if (sorted.length == 0) {
      return OptionalDouble.empty();
    }
    int middle = sorted.length / 2;
    return OptionalDouble.of(sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0);
  }
}
