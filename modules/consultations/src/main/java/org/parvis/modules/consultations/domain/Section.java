package org.parvis.modules.consultations.domain;

import java.util.List;
import java.util.Objects;

/** A section of a questionnaire: a title, an introduction (may be empty) and its questions in order. */
public record Section(String title, String intro, List<Question> questions) {

  public Section {
    Objects.requireNonNull(title, "title");
    intro = intro == null ? "" : intro;
    questions = List.copyOf(questions);
    if (title.isBlank() || title.length() > 200) {
      throw new ConsultationException("invalid-questionnaire", "section", "a section needs a title of 1 to 200 characters");
    }
  }
}
