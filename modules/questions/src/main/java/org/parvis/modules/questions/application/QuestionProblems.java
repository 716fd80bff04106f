package org.parvis.modules.questions.application;

import java.util.UUID;
import org.parvis.modules.questions.domain.QuestionStateException;
import org.parvis.spi.problem.ProblemException;

/** The problems the questions module answers with (their last part keys the pages' messages). */
public final class QuestionProblems {

  public static final String WRONG_STATUS = "urn:parvis:problem:question-wrong-status";
  public static final String NOT_COLLECTING = "urn:parvis:problem:question-not-collecting";
  public static final String OFFICIAL_NOT_IN_OFFICE = "urn:parvis:problem:official-not-in-office";
  public static final String SESSION_PAST = "urn:parvis:problem:session-past";
  public static final String VERIFICATION_REQUIRED = "urn:parvis:problem:residency-verification-required";

  private QuestionProblems() {}

  static ProblemException notFound(UUID id) {
    return ProblemException.notFound("No question " + id);
  }

  static ProblemException wrongStatus(QuestionStateException e) {
    return ProblemException.conflict(WRONG_STATUS, e.getMessage());
  }

  /** The caller is not a verified resident of the tenant (or their verification is gone). */
  public static ProblemException verificationRequired() {
    return new ProblemException(403, VERIFICATION_REQUIRED, "Forbidden", "Verify your residency first");
  }
}
