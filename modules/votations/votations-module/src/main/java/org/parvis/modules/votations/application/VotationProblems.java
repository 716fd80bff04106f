package org.parvis.modules.votations.application;

import java.util.UUID;
import org.parvis.modules.votations.domain.Votation;
import org.parvis.modules.votations.domain.VotationRepository;
import org.parvis.spi.problem.ProblemException;

final class VotationProblems {

  private VotationProblems() {}

  static Votation require(VotationRepository votations, UUID id) {
    return votations.byId(id).orElseThrow(() -> ProblemException.notFound("No votation " + id));
  }
}
