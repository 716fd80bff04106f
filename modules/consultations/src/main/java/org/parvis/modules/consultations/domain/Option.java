package org.parvis.modules.consultations.domain;

import java.util.Objects;

/** An option of a question: its id within the question ({@code [a-z0-9]{1,12}}) and its label. */
public record Option(String id, String label) {

  public Option {
    Questionnaire.requireId(id, "option");
    Objects.requireNonNull(label, "label");
    if (label.isBlank() || label.length() > 300) {
      throw new ConsultationException("invalid-questionnaire", "option", "an option needs a label of 1 to 300 characters");
    }
  }
}
