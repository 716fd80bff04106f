package org.parvis.budget.rules;

import java.util.List;
import java.util.Objects;

/**
 * The Method of Equal Shares (pabutools' {@code method_of_equal_shares}). The budget is split
 * equally among all voters (empty ballots included); repeatedly, the project whose supporters
 * can pay for it at the lowest price per unit of satisfaction (ρ) is funded, each supporter
 * paying ρ times their satisfaction or all they have left; ties go to the project id first in
 * string order ("10" before "2"). Supported projects that cost nothing are funded first (cost
 * utility: they bring no satisfaction and are not funded).
 *
 * <p>Completions ({@link Completion}): {@code ADD1} is pabutools' iterated MES — each voter's
 * budget starts at budget/voters and is raised by {@code voterBudgetIncrement} (one currency
 * unit) per run, until a run's outcome is exhaustive (no candidate project left out still fits;
 * that outcome is kept) or goes over the budget (the previous outcome is kept).
 * {@code ADD1_UTILITARIAN} then funds what still fits by {@link GreedyUtilitarian} with the same
 * utility. Exact arithmetic throughout (see {@link UniformMes} for how it stays fast).
 */
public final class EqualShares implements AllocationRule {
  private final String name;
  private final Utility utility;
  private final Completion completion;
  private final long voterBudgetIncrement;
  private final boolean reference;

  public EqualShares(Utility utility, Completion completion) {
    this("equal-shares", utility, completion, 1, false);
  }

  /**
   * @param voterBudgetIncrement what {@code ADD1} adds to each voter's budget per run, in
   *     currency units (1 in Parvis and in the Pabulib reference outcomes)
   */
  public EqualShares(Utility utility, Completion completion, long voterBudgetIncrement) {
    this("equal-shares", utility, completion, voterBudgetIncrement, false);
  }

  EqualShares(String name, Utility utility, Completion completion, long increment, boolean reference) {
    this.name = name;
    this.utility = Objects.requireNonNull(utility, "utility");
    this.completion = Objects.requireNonNull(completion, "completion");
    if (increment <= 0) {
      throw new IllegalArgumentException("the voter budget increment must be positive");
    }
    this.voterBudgetIncrement = increment;
    this.reference = reference;
  }

  /** The same rule computed by the slow reference engine (one exact fraction per voter group). */
  static EqualShares reference(Utility utility, Completion completion, long increment) {
    return new EqualShares("equal-shares", utility, completion, increment, true);
  }

  @Override
  public Outcome allocate(Election election) {
    Profile profile = Profile.of(election);
    MesEngine engine = reference ? new ExactMes(profile, utility) : MesEngine.of(profile, utility);
    List<Integer> selection;
    if (profile.voters == 0) {
      selection = engine.free;
    } else if (completion == Completion.NONE) {
      selection = engine.run(Rational.of(profile.budget, profile.voters));
    } else {
      selection = iterated(profile, engine);
    }
    if (completion == Completion.ADD1_UTILITARIAN) {
      selection = GreedyUtilitarian.complete(profile, utility, selection);
    }
    return profile.outcome(name, selection);
  }

  private List<Integer> iterated(Profile profile, MesEngine engine) {
    Rational perVoter = Rational.of(profile.budget, profile.voters);
    Rational increment = Rational.of(voterBudgetIncrement);
    List<Integer> previous = engine.free;
    while (true) {
      List<Integer> outcome = engine.run(perVoter);
      if (profile.cost(outcome) > profile.budget) {
        return previous;
      }
      if (engine.exhaustive(outcome)) {
        return outcome;
      }
      previous = outcome;
      perVoter = perVoter.add(increment);
    }
  }
}
