package org.parvis.modules.convention.application;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.parvis.modules.convention.domain.ConventionStateException;
import org.parvis.sortition.QuotaRelaxation;
import org.parvis.spi.problem.ProblemException;

/** The problems the convention API answers with. */
public final class ConventionProblems {

  public static final String INVALID = "urn:parvis:problem:invalid-request";
  public static final String WRONG_STATUS = "urn:parvis:problem:convention-wrong-status";
  public static final String ALREADY_VOLUNTEERED = "urn:parvis:problem:already-volunteered";
  public static final String INVALID_CODE = "urn:parvis:problem:invalid-invitation-code";
  public static final String INFEASIBLE = "urn:parvis:problem:infeasible-quotas";
  public static final String COMPUTING = "urn:parvis:problem:draw-being-computed";
  public static final String INTERRUPTED = "urn:parvis:problem:draw-computation-interrupted";

  private ConventionProblems() {}

  public static ProblemException notFound(UUID id) {
    return ProblemException.notFound("No convention " + id);
  }

  public static ProblemException wrongStatus(ConventionStateException e) {
    return ProblemException.conflict(WRONG_STATUS, e.getMessage());
  }

  public static ProblemException invalid(String field, IllegalArgumentException e) {
    return ProblemException.invalidField(INVALID, field, e.getMessage());
  }

  /** 422 with the smallest relaxation of the quotas that makes a panel possible. */
  public static ProblemException infeasible(QuotaRelaxation relaxation) {
    List<Map<String, Object>> changes = relaxation.changes().stream()
        .map(c -> Map.<String, Object>of("category", c.category(), "value", c.value(),
            "min", c.min(), "max", c.max(), "suggestedMin", c.newMin(),
            "suggestedMax", c.newMax()))
        .toList();
    return new ProblemException(422, INFEASIBLE, "Infeasible quotas", relaxation.explanation(),
        Map.of("relaxation", changes, "poolTooSmall", relaxation.poolTooSmall()));
  }
}
