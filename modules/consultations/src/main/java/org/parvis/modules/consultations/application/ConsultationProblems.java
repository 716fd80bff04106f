package org.parvis.modules.consultations.application;

import org.parvis.modules.consultations.domain.ConsultationException;
import org.parvis.spi.problem.ProblemException;

/** The module's refusals as problems ({@code urn:parvis:problem:consultation-<code>}). */
public final class ConsultationProblems {

  public static final String PREFIX = "urn:parvis:problem:consultation-";

  private ConsultationProblems() {}

  public static ProblemException of(ConsultationException e) {
    String type = PREFIX + e.code();
    return e.field() == null ? ProblemException.conflict(type, e.getMessage())
        : ProblemException.invalidField(type, e.field(), e.getMessage());
  }

  public static ProblemException conflict(String code, String detail) {
    return ProblemException.conflict(PREFIX + code, detail);
  }

  public static ProblemException forbidden(String code, String detail) {
    return new ProblemException(403, PREFIX + code, "Forbidden", detail);
  }
}
