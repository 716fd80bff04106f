package org.parvis.modules.petitions.application;

import java.util.UUID;
import org.parvis.modules.petitions.domain.PetitionStateException;
import org.parvis.spi.problem.ProblemException;

/** The problems the petitions API answers with. */
final class PetitionProblems {

  static final String WRONG_STATUS = "urn:parvis:problem:petition-wrong-status";
  static final String PAPER_NOT_ACCEPTED = "urn:parvis:problem:paper-signatures-not-accepted";
  static final String AGE_PROOF_REQUIRED = "urn:parvis:problem:age-proof-required";
  static final String IDENTITY_MISMATCH = "urn:parvis:problem:identity-mismatch";
  static final String BELOW_MINIMUM_AGE = "urn:parvis:problem:below-minimum-age";
  static final String MERGE_TARGET = "urn:parvis:problem:merge-target-not-open";

  /** A 403 of a given type: the caller may not do this, for the reason the type names. */
  static ProblemException refused(String type, String detail) {
    return new ProblemException(403, type, "Forbidden", detail);
  }

  private PetitionProblems() {}

  static ProblemException notFound(UUID id) {
    return ProblemException.notFound("No petition " + id);
  }

  static ProblemException wrongStatus(PetitionStateException e) {
    return ProblemException.conflict(WRONG_STATUS, e.getMessage());
  }
}
