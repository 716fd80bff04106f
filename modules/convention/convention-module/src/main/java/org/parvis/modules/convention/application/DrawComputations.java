package org.parvis.modules.convention.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parvis.sortition.Algorithm;
import org.parvis.sortition.Distribution;
import org.parvis.sortition.FairSortition;
import org.parvis.sortition.InfeasibleQuotasException;
import org.parvis.sortition.Lottery;
import org.parvis.sortition.Progress;
import org.parvis.sortition.QuotaRelaxation;
import org.parvis.sortition.SortitionProblem;

/**
 * LEXIMIN computations running in the background, one per convention, with their progress. They
 * work on an in-memory copy of the frozen pool (no database, no tenant context in the worker);
 * an administrator's request then publishes the result. Kept in this server's memory: after a
 * restart the administrator starts the computation again (same pool, same lottery).
 */
@ApplicationScoped
public class DrawComputations {

  private static final Logger LOG = Logger.getLogger(DrawComputations.class.getName());

  @Resource ManagedExecutorService executor;

  private final Map<UUID, Job> jobs = new ConcurrentHashMap<>();

  /** Starts (or restarts) the computation of a convention's lottery of {@code m} panels. */
  public Job start(UUID conventionId, SortitionProblem problem, int m) {
    Job job = new Job(problem);
    jobs.put(conventionId, job);
    executor.submit(() -> job.run(m));
    return job;
  }

  public Optional<Job> find(UUID conventionId) {
    return Optional.ofNullable(jobs.get(conventionId));
  }

  public void forget(UUID conventionId) {
    jobs.remove(conventionId);
  }

  /** State of a computation. */
  public enum State { RUNNING, DONE, INFEASIBLE, FAILED }

  /** One computation; read from request threads while the worker writes. */
  public static final class Job {
    private final SortitionProblem problem;
    private volatile State state = State.RUNNING;
    private volatile Progress progress;
    private volatile Lottery lottery;
    private volatile Distribution distribution;
    private volatile QuotaRelaxation relaxation;
    private volatile String failure;

    Job(SortitionProblem problem) {
      this.problem = problem;
    }

    void run(int m) {
      try {
        Distribution d = FairSortition.probabilities(problem, Algorithm.LEXIMIN, p -> progress = p);
        lottery = Lottery.of(d, m);
        distribution = d;
        state = State.DONE;
      } catch (InfeasibleQuotasException e) {
        relaxation = e.relaxation();
        state = State.INFEASIBLE;
      } catch (RuntimeException | LinkageError e) {
        LOG.log(Level.WARNING, "LEXIMIN computation failed", e);
        failure = e.toString();
        state = State.FAILED;
      }
    }

    public SortitionProblem problem() {
      return problem;
    }

    public State state() {
      return state;
    }

    public Optional<Progress> progress() {
      return Optional.ofNullable(progress);
    }

    public Lottery lottery() {
      return lottery;
    }

    public Distribution distribution() {
      return distribution;
    }

    public QuotaRelaxation relaxation() {
      return relaxation;
    }

    public Optional<String> failure() {
      return Optional.ofNullable(failure);
    }
  }
}
