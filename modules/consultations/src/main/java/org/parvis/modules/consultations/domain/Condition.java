package org.parvis.modules.consultations.domain;

/** "Show this question if question {@code question} was answered with option {@code option}." */
public record Condition(String question, String option) {

  public Condition {
    Questionnaire.requireId(question, "condition");
    Questionnaire.requireId(option, "condition");
  }
}
