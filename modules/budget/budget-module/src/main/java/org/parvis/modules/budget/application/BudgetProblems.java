package org.parvis.modules.budget.application;

import java.util.Map;
import org.parvis.modules.budget.domain.Phase;
import org.parvis.modules.budget.domain.RuleViolation;
import org.parvis.spi.problem.ProblemException;

/** The problems the budget module answers with. */
public final class BudgetProblems {

  public static final String BALLOT_RULE = "urn:parvis:problem:budget-ballot-rule";
  public static final String WRONG_PHASE = "urn:parvis:problem:budget-wrong-phase";
  public static final String RESULTS_PUBLISHED = "urn:parvis:problem:budget-results-published";

  public static final String OTHER_CHANNEL = "urn:parvis:problem:budget-voted-on-another-channel";
  public static final String KEY_REUSED = "urn:parvis:problem:idempotency-key-reused";

  private BudgetProblems() {}

  /** A 409: the person already has a ballot of this edition on the other channel. */
  public static ProblemException votedOnAnotherChannel(String channel) {
    String other = BallotBox.PAPER.equals(channel) ? BallotBox.ONLINE : BallotBox.PAPER;
    return new ProblemException(409, OTHER_CHANNEL, "Already voted on another channel",
        "This person has already voted " + (BallotBox.PAPER.equals(other) ? "on paper" : "online")
            + " in this edition; one person votes on one channel only",
        Map.of("channel", other));
  }

  /** A 422: the Idempotency-Key was first used with another request. */
  public static ProblemException idempotencyKeyReused() {
    return new ProblemException(422, KEY_REUSED, "Idempotency-Key reused",
        "This Idempotency-Key was used for another request (another envelope, voter or choices);"
            + " send a new key for a new request", Map.of("field", "Idempotency-Key"));
  }

  /** A 422 naming the broken rule in {@code rule}. */
  public static BallotRuleBroken ruleBroken(RuleViolation violation) {
    return new BallotRuleBroken(violation);
  }

  /** The problem of a ballot that breaks a rule; keeps the violation for the portal's wording. */
  public static final class BallotRuleBroken extends ProblemException {
    private final transient RuleViolation violation;

    BallotRuleBroken(RuleViolation violation) {
      super(422, BALLOT_RULE, "Ballot breaks a rule of the edition",
          "Rule '" + violation.rule() + "': " + violation.detail(),
          Map.of("rule", violation.rule()));
      this.violation = violation;
    }

    public RuleViolation violation() {
      return violation;
    }
  }

  /** A 409: the action needs another phase of the edition. */
  public static ProblemException wrongPhase(String action, Phase needed, Phase current) {
    return new ProblemException(409, WRONG_PHASE, "Not in this phase",
        action + " is possible during " + needed + "; the edition is in " + current,
        Map.of("phase", current.name(), "requiredPhase", needed.name()));
  }

  /** A 409: the results are published, the vote cannot be reopened. */
  public static ProblemException resultsPublished() {
    return new ProblemException(409, RESULTS_PUBLISHED, "Results already published",
        "The vote of this edition is closed and its results are published; it cannot be"
            + " reopened. An administrator can recount the results instead.", Map.of());
  }

  public static ProblemException noEdition() {
    return ProblemException.notFound("No such participatory budget edition");
  }

  public static ProblemException noIdea() {
    return ProblemException.notFound("No such idea");
  }

  public static ProblemException invalid(String field, String message) {
    return ProblemException.invalidField("urn:parvis:problem:invalid-request", field, message);
  }
}
