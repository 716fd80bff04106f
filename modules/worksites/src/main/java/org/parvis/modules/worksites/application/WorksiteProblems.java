package org.parvis.modules.worksites.application;

import java.util.UUID;
import org.parvis.modules.worksites.domain.WorksiteRuleException;
import org.parvis.spi.problem.ProblemException;

/** The problems the worksites API answers with. */
final class WorksiteProblems {

  private WorksiteProblems() {}

  static ProblemException notFound(String what, UUID id) {
    return ProblemException.notFound("No " + what + " " + id);
  }

  /** A refused rule: 409 (422 for the undeclared minimum age) typed {@code urn:parvis:problem:worksites-<rule>}. */
  static ProblemException refused(WorksiteRuleException e) {
    if (e.code().equals("minimum-age")) {
      return new ProblemException(422, "urn:parvis:problem:worksites-minimum-age",
          "Minimum age not declared", e.getMessage());
    }
    return ProblemException.conflict("urn:parvis:problem:worksites-" + e.code(), e.getMessage());
  }

  static ProblemException notVerified() {
    return ProblemException.forbidden("Your residency in this commune is not verified");
  }
}
