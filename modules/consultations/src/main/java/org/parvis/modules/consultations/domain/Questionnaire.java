package org.parvis.modules.consultations.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The questions of a consultation, in sections. Pure Java: checks its own structure (ids unique, a condition names
 * an earlier choice question and one of its options) and every participation's answers against it.
 */
public record Questionnaire(List<Section> sections) {

  /** The longest short text. */
  public static final int SHORT_TEXT = 200;
  /** The longest long text. */
  public static final int LONG_TEXT = 4000;

  public Questionnaire {
    sections = List.copyOf(sections);
    Map<String, Question> earlier = new HashMap<>();
    for (Section section : sections) {
      for (Question question : section.questions()) {
        if (earlier.containsKey(question.id())) {
          throw new ConsultationException("invalid-questionnaire", question.id(), "two questions with the same id");
        }
        question.condition().ifPresent(condition -> {
          Question on = earlier.get(condition.question());
          if (on == null || !(on.type() == QuestionType.SINGLE_CHOICE || on.type() == QuestionType.MULTIPLE_CHOICE)
              || on.option(condition.option()).isEmpty()) {
            throw new ConsultationException("invalid-condition", question.id(),
                "a condition names an option of an earlier choice question");
          }
        });
        earlier.put(question.id(), question);
      }
    }
  }

  public static Questionnaire empty() {
    return new Questionnaire(List.of());
  }

  static void requireId(String id, String what) {
    if (id == null || !id.matches("[a-z0-9]{1,12}")) {
      throw new ConsultationException("invalid-questionnaire", what, "an id is 1 to 12 lower-case letters or digits");
    }
  }

  /** Every question, in order. */
  public List<Question> questions() {
    return sections.stream().flatMap(s -> s.questions().stream()).toList();
  }

  public Optional<Question> question(String id) {
    return questions().stream().filter(q -> q.id().equals(id)).findFirst();
  }

  /** Whether {@code question} is shown given the {@code answers} so far (a question without condition always is). */
  public boolean shown(Question question, Map<String, Answer> answers) {
    if (question.condition().isEmpty()) {
      return true;
    }
    Condition condition = question.condition().get();
    Question on = question(condition.question()).orElseThrow();
    return shown(on, answers) && answers.get(condition.question()) instanceof Answer.Choices choices
        && choices.options().contains(condition.option());
  }

  /**
   * The answers kept: those to questions shown, in questionnaire order (an answer to a question its condition hides
   * is dropped, as the visitor could not see it).
   */
  public Map<String, Answer> keptAnswers(Map<String, Answer> answers) {
    Map<String, Answer> kept = new LinkedHashMap<>();
    for (Question question : questions()) {
      if (answers.containsKey(question.id()) && shown(question, answers)) {
        kept.put(question.id(), answers.get(question.id()));
      }
    }
    return kept;
  }

  /**
   * What is wrong with {@code answers}: each answer given is checked against its question; when {@code complete},
   * every required question shown must be answered too (a draft may leave them blank).
   */
  public List<AnswerProblem> problems(Map<String, Answer> answers, boolean complete) {
    List<AnswerProblem> problems = new ArrayList<>();
    Map<String, Answer> kept = keptAnswers(answers);
    for (String id : answers.keySet()) {
      if (question(id).isEmpty()) {
        problems.add(new AnswerProblem(id, "unknown-question", 0));
      }
    }
    for (Question question : questions()) {
      Answer answer = kept.get(question.id());
      if (answer == null) {
        if (complete && question.required() && shown(question, kept)) {
          problems.add(new AnswerProblem(question.id(), "required", 0));
        }
      } else {
        check(question, answer).ifPresent(problems::add);
      }
    }
    return problems;
  }

  /** Refuses {@code answers} with the first problem found; gives the answers kept. */
  public Map<String, Answer> require(Map<String, Answer> answers, boolean complete) {
    List<AnswerProblem> problems = problems(answers, complete);
    if (!problems.isEmpty()) {
      AnswerProblem first = problems.get(0);
      throw new ConsultationException("invalid-answer", first.question(), first.code());
    }
    return keptAnswers(answers);
  }

  private static Optional<AnswerProblem> check(Question q, Answer answer) {
    String id = q.id();
    switch (q.type()) {
      case SINGLE_CHOICE, MULTIPLE_CHOICE, RANKING -> {
        if (!(answer instanceof Answer.Choices choices)) {
          return problem(id, "wrong-type", 0);
        }
        List<String> chosen = choices.options();
        if (chosen.stream().anyMatch(o -> q.option(o).isEmpty())) {
          return problem(id, "unknown-option", 0);
        }
        if (new HashSet<>(chosen).size() != chosen.size()) {
          return problem(id, "unknown-option", 0);
        }
        if (q.type() == QuestionType.SINGLE_CHOICE && chosen.size() != 1) {
          return problem(id, chosen.isEmpty() ? "required" : "too-many", 1);
        }
        if (q.type() == QuestionType.MULTIPLE_CHOICE) {
          if (chosen.size() < Math.max(1, q.min())) {
            return problem(id, "too-few", Math.max(1, q.min()));
          }
          if (chosen.size() > q.max()) {
            return problem(id, "too-many", q.max());
          }
        }
        if (q.type() == QuestionType.RANKING && chosen.size() != q.options().size()) {
          return problem(id, "incomplete-ranking", q.options().size());
        }
        return Optional.empty();
      }
      case SCALE -> {
        if (!(answer instanceof Answer.Scale scale)) {
          return problem(id, "wrong-type", 0);
        }
        return scale.value() < 1 || scale.value() > q.max() ? problem(id, "out-of-range", q.max()) : Optional.empty();
      }
      case SHORT_TEXT, LONG_TEXT -> {
        if (!(answer instanceof Answer.Text text)) {
          return problem(id, "wrong-type", 0);
        }
        int limit = q.type() == QuestionType.SHORT_TEXT ? SHORT_TEXT : LONG_TEXT;
        if (text.text().isBlank()) {
          return problem(id, "required", 0);
        }
        if (text.text().codePointCount(0, text.text().length()) > limit) {
          return problem(id, "too-long", limit);
        }
        if (q.type() == QuestionType.SHORT_TEXT && text.text().contains("\n")) {
          return problem(id, "wrong-type", 0);
        }
        return Optional.empty();
      }
      case GRID -> {
        if (!(answer instanceof Answer.Grades grades)) {
          return problem(id, "wrong-type", 0);
        }
        Set<String> options = new HashSet<>();
        q.options().forEach(o -> options.add(o.id()));
        if (!options.containsAll(grades.grades().keySet())) {
          return problem(id, "unknown-option", 0);
        }
        if (!grades.grades().keySet().containsAll(options)) {
          return problem(id, "ungraded", 0);
        }
        boolean outside = grades.grades().values().stream().anyMatch(g -> g < 0 || g >= q.grades().size());
        return outside ? problem(id, "out-of-range", q.grades().size()) : Optional.empty();
      }
      case MAP_POINT -> {
        if (!(answer instanceof Answer.Point point)) {
          return problem(id, "wrong-type", 0);
        }
        boolean outside = !(point.latitude() >= -90 && point.latitude() <= 90
            && point.longitude() >= -180 && point.longitude() <= 180);
        return outside ? problem(id, "out-of-range", 0) : Optional.empty();
      }
      default -> throw new IllegalStateException();
    }
  }

  /** An id no question has yet: {@code q} and the next number. */
  public String nextQuestionId() {
    int max = 0;
    for (Question q : questions()) {
      if (q.id().matches("q\\d{1,9}")) {
        max = Math.max(max, Integer.parseInt(q.id().substring(1)));
      }
    }
    return "q" + (max + 1);
  }

  /** With {@code question} added at the end of the section titled {@code sectionTitle} (a new last one if none). */
  public Questionnaire withQuestion(String sectionTitle, Question question) {
    List<Section> changed = new ArrayList<>();
    boolean added = false;
    for (Section section : sections) {
      if (!added && section.title().equals(sectionTitle)) {
        List<Question> questions = new ArrayList<>(section.questions());
        questions.add(question);
        changed.add(new Section(section.title(), section.intro(), questions));
        added = true;
      } else {
        changed.add(section);
      }
    }
    if (!added) {
      changed.add(new Section(sectionTitle, "", List.of(question)));
    }
    return new Questionnaire(changed);
  }

  /** With {@code question} in place of the question of the same id. */
  public Questionnaire withReplaced(Question question) {
    List<Section> changed = new ArrayList<>();
    for (Section section : sections) {
      changed.add(new Section(section.title(), section.intro(), section.questions().stream()
          .map(q -> q.id().equals(question.id()) ? question : q).toList()));
    }
    return new Questionnaire(changed);
  }

  /** Without question {@code id} (refused while another question's condition names it); empty sections go. */
  public Questionnaire without(String id) {
    if (questions().stream().anyMatch(q -> q.condition().map(c -> c.question().equals(id)).orElse(false))) {
      throw new ConsultationException("question-in-use", id, "another question is shown depending on this one");
    }
    List<Section> changed = new ArrayList<>();
    for (Section section : sections) {
      List<Question> questions = section.questions().stream().filter(q -> !q.id().equals(id)).toList();
      if (!questions.isEmpty()) {
        changed.add(new Section(section.title(), section.intro(), questions));
      }
    }
    return new Questionnaire(changed);
  }

  /**
   * With question {@code id} moved one place up ({@code up}) or down; from the edge of its section it goes to the
   * end of the previous section or the start of the next. A move that puts a question before the question its
   * condition names is refused.
   */
  public Questionnaire moved(String id, boolean up) {
    List<List<Question>> lists = new ArrayList<>();
    sections.forEach(s -> lists.add(new ArrayList<>(s.questions())));
    for (int s = 0; s < lists.size(); s++) {
      List<Question> list = lists.get(s);
      for (int i = 0; i < list.size(); i++) {
        if (list.get(i).id().equals(id)) {
          Question q = list.get(i);
          int target = up ? i - 1 : i + 1;
          if (target >= 0 && target < list.size()) {
            list.set(i, list.get(target));
            list.set(target, q);
          } else if (up && s > 0) {
            list.remove(i);
            lists.get(s - 1).add(q);
          } else if (!up && s < lists.size() - 1) {
            list.remove(i);
            lists.get(s + 1).add(0, q);
          }
          List<Section> changed = new ArrayList<>();
          for (int k = 0; k < sections.size(); k++) {
            if (!lists.get(k).isEmpty()) {
              changed.add(new Section(sections.get(k).title(), sections.get(k).intro(), lists.get(k)));
            }
          }
          return new Questionnaire(changed);
        }
      }
    }
    throw new ConsultationException("unknown-question", id, "no such question");
  }

  private static Optional<AnswerProblem> problem(String question, String code, int limit) {
    return Optional.of(new AnswerProblem(question, code, limit));
  }
}
