package org.parvis.modules.convention.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parvis.modules.convention.domain.Computation;
import org.parvis.modules.convention.domain.Convention;
import org.parvis.modules.convention.domain.ConventionRepository;
import org.parvis.modules.convention.domain.ConventionStateException;
import org.parvis.modules.convention.domain.ConventionStatus;
import org.parvis.modules.convention.domain.PoolProblem;
import org.parvis.modules.convention.domain.PublishedLottery;
import org.parvis.modules.convention.domain.QuotaPlan;
import org.parvis.modules.convention.domain.Replacement;
import org.parvis.modules.convention.domain.Volunteer;
import org.parvis.modules.convention.domain.VolunteerStatus;
import org.parvis.sortition.InfeasibleQuotasException;
import org.parvis.sortition.Lottery;
import org.parvis.sortition.PoolHash;
import org.parvis.sortition.Replacements;
import org.parvis.sortition.SortitionProblem;
import org.parvis.spi.problem.ProblemException;

/**
 * The public draw, step by step: freeze the pool (its hash is published and the LEXIMIN lottery
 * computed in the background), publish the M panels, draw one from the public seed and seat its
 * members; later, replace members who leave with a published replacement lottery and its own
 * seed.
 */
@ApplicationScoped
@Transactional
public class Ceremony {

  @Inject ConventionRepository conventions;
  @Inject DrawComputations computations;
  @Inject ConventionAdministration administration;
  @Inject Recruitment recruitment;
  @Inject ConventionNotifications notifications;

  /** Closes the pool, publishes its hash and starts computing the lottery. */
  public Convention freeze(UUID id) {
    Convention convention = administration.require(id);
    SortitionProblem problem = problem(convention);
    try {
      convention.freeze(PoolHash.of(problem));
    } catch (ConventionStateException e) {
      throw ConventionProblems.wrongStatus(e);
    }
    computations.start(id, problem, convention.lotterySize());
    return convention;
  }

  /**
   * Starts the computation again for the frozen pool, e.g. after the quotas were relaxed or the
   * server restarted; the pool hash follows the current quotas.
   */
  public Convention recompute(UUID id) {
    Convention convention = administration.require(id);
    SortitionProblem problem = problem(convention);
    try {
      convention.rehash(PoolHash.of(problem));
    } catch (ConventionStateException e) {
      throw ConventionProblems.wrongStatus(e);
    }
    computations.start(id, problem, convention.lotterySize());
    return convention;
  }

  /**
   * The running or finished computation of a convention, from any node (404 when none); a run
   * lost with its node is marked failed.
   */
  public Computation computation(UUID id) {
    administration.require(id);
    return computations.find(id)
        .orElseThrow(() -> ProblemException.notFound("No computation for convention " + id));
  }

  /** Publishes the computed lottery: 409 while it runs, 422 with a relaxation if infeasible. */
  public Convention publish(UUID id) {
    Convention convention = administration.require(id);
    Computation job = computation(id);
    switch (job.state()) {
      case RUNNING -> throw ProblemException.conflict(ConventionProblems.COMPUTING,
          "The lottery is still being computed");
      case INFEASIBLE -> throw ConventionProblems.infeasible(job.relaxation().orElseThrow());
      case FAILED -> throw job.interruptedRun()
          ? ProblemException.conflict(ConventionProblems.INTERRUPTED,
              "The computation was interrupted (its server stopped): start it again")
          : new ProblemException(500, "about:blank", "Internal Server Error",
          "The computation failed: " + job.failure().orElse("unknown error"), Map.of());
      case DONE -> { }
    }
    try {
      convention.publish(new PublishedLottery(job.lottery().orElseThrow()), job.maxDeviation());
    } catch (ConventionStateException e) {
      throw ConventionProblems.wrongStatus(e);
    }
    double[] p = job.probabilities();
    List<Volunteer> pool = conventions.volunteers(id);
    for (int i = 0; i < pool.size(); i++) {
      pool.get(i).recordProbability(p[i]);
    }
    computations.forget(id);
    return convention;
  }

  /** Draws the panel from the public seed and seats it; the others are not selected. */
  public Convention draw(UUID id, String seed) {
    Convention convention = administration.require(id);
    Set<String> panel;
    try {
      panel = new HashSet<>(convention.draw(seed));
    } catch (ConventionStateException e) {
      throw ConventionProblems.wrongStatus(e);
    } catch (IllegalArgumentException e) {
      throw ConventionProblems.invalid("seed", e);
    }
    List<Volunteer> volunteers = conventions.volunteers(id);
    for (Volunteer v : volunteers) {
      if (panel.contains(v.publicId())) {
        v.drawn();
      } else if (v.status() == VolunteerStatus.POOL) {
        v.notSelected();
      }
    }
    notifications.drawn(convention, volunteers);
    return convention;
  }

  /** An administrator records that a volunteer (e.g. a seated member) leaves. */
  public Volunteer leave(UUID id, int number) {
    Convention convention = administration.require(id);
    Volunteer volunteer = conventions.volunteer(id, number)
        .orElseThrow(() -> ProblemException.notFound("No volunteer " + number));
    return recruitment.leave(convention, volunteer);
  }

  /**
   * Computes and publishes the lottery replacing the members who left, over the rest of the pool
   * (without those who withdrew) under the residual quotas. Runs in the request: the residual
   * problem has only the open seats to fill.
   */
  public Replacement publishReplacements(UUID id) {
    Convention convention = administration.require(id);
    try {
      convention.requireStatus(ConventionStatus.SEATED);
    } catch (ConventionStateException e) {
      throw ConventionProblems.wrongStatus(e);
    }
    List<Replacement> rounds = conventions.replacements(id);
    if (!rounds.isEmpty() && !rounds.get(rounds.size() - 1).drawn()) {
      throw ProblemException.conflict(ConventionProblems.WRONG_STATUS,
          "The previous replacement lottery has not been drawn yet");
    }
    List<Volunteer> all = conventions.volunteers(id);
    List<String> panel = ids(all, EnumSet.of(VolunteerStatus.SEATED, VolunteerStatus.LEFT));
    List<String> left = ids(all, EnumSet.of(VolunteerStatus.LEFT));
    if (left.isEmpty()) {
      throw ProblemException.conflict(ConventionProblems.WRONG_STATUS, "No member has left");
    }
    SortitionProblem problem = replacementProblem(convention, all);
    Lottery lottery;
    try {
      lottery = Replacements.lottery(problem, panel, left, convention.lotterySize(), p -> { });
    } catch (InfeasibleQuotasException e) {
      throw ConventionProblems.infeasible(e.relaxation());
    }
    Replacement round = new Replacement(id, rounds.size() + 1, panel, left,
        new PublishedLottery(lottery.publication()));
    conventions.add(round);
    return round;
  }

  /** Draws the replacements of the last published round from its public seed and seats them. */
  public Replacement drawReplacements(UUID id, int round, String seed) {
    Convention convention = administration.require(id);
    Replacement replacement = conventions.replacements(id).stream()
        .filter(r -> r.round() == round)
        .findFirst()
        .orElseThrow(() -> ProblemException.notFound("No replacement round " + round));
    Set<String> drawn;
    try {
      drawn = new HashSet<>(replacement.draw(seed));
    } catch (ConventionStateException e) {
      throw ConventionProblems.wrongStatus(e);
    } catch (IllegalArgumentException e) {
      throw ConventionProblems.invalid("seed", e);
    }
    Set<String> left = new HashSet<>(replacement.withdrawn());
    Map<String, Volunteer> byId = conventions.volunteers(id).stream()
        .collect(Collectors.toMap(Volunteer::publicId, Function.identity()));
    left.forEach(i -> byId.get(i).replaced());
    drawn.forEach(i -> byId.get(i).seat());
    notifications.replacementsSeated(convention, drawn.stream().map(byId::get).toList(),
        replacement.seed().orElseThrow());
    return replacement;
  }

  /**
   * The pool of a replacement round: the frozen pool without those who withdrew, except the
   * members who left the panel (the library takes them out itself). Its own hash is in the
   * replacement lottery's {@code pool} line.
   */
  public SortitionProblem replacementProblem(Convention convention, List<Volunteer> all) {
    List<Volunteer> pool = all.stream()
        .filter(v -> v.status() != VolunteerStatus.WITHDRAWN)
        .toList();
    return PoolProblem.of(convention.quotas(), convention.panelSize(), pool);
  }

  /** The frozen pool as the sortition library sees it: everyone who joined, by number. */
  public SortitionProblem problem(Convention convention) {
    QuotaPlan plan = convention.quotas();
    return PoolProblem.of(plan, convention.panelSize(), conventions.volunteers(convention.id()));
  }

  private static List<String> ids(List<Volunteer> all, Set<VolunteerStatus> statuses) {
    return all.stream().filter(v -> statuses.contains(v.status())).map(Volunteer::publicId)
        .toList();
  }
}
