package org.parvis.modules.consultations.domain;

import java.util.Map;

/** Complete answers to {@link Questionnaires#everyType()}, for tests of other packages. */
public final class QuestionnaireTestData {

  private QuestionnaireTestData() {}

  public static Map<String, Answer> full() {
    return QuestionnaireTest.complete();
  }
}
