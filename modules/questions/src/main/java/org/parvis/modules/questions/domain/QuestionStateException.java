package org.parvis.modules.questions.domain;

/** A step that the question's current status (or the given facts) does not allow. */
public class QuestionStateException extends RuntimeException {

  public QuestionStateException(String message) {
    super(message);
  }
}
