package org.parvis.modules.petitions.application;

import java.util.UUID;
import org.parvis.modules.petitions.domain.PetitionStateException;
import org.parvis.spi.problem.ProblemException;

/** The problems the petitions API answers with. */
final class PetitionProblems {

  static final String WRONG_STATUS = "urn:parvis:problem:petition-wrong-status";
  static final String PAPER_NOT_ACCEPTED = "urn:parvis:problem:paper-signatures-not-accepted";

  private PetitionProblems() {}

  static ProblemException notFound(UUID id) {
    return ProblemException.notFound("No petition " + id);
  }

  static ProblemException wrongStatus(PetitionStateException e) {
    return ProblemException.conflict(WRONG_STATUS, e.getMessage());
  }
}
