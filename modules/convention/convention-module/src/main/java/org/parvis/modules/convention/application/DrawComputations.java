package org.parvis.modules.convention.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parvis.modules.convention.domain.Computation;
import org.parvis.modules.convention.domain.ComputationRepository;
import org.parvis.sortition.Algorithm;
import org.parvis.sortition.Distribution;
import org.parvis.sortition.FairSortition;
import org.parvis.sortition.InfeasibleQuotasException;
import org.parvis.sortition.Lottery;
import org.parvis.sortition.SortitionProblem;
import org.parvis.spi.tenant.CurrentTenant;
import org.parvis.spi.tenant.TenantRef;
import org.parvis.spi.tenant.TenantWork;

/**
 * LEXIMIN computations running in the background, one per convention. The worker computes on an
 * in-memory copy of the frozen pool and writes its progress, heartbeat and result into the
 * convention's {@link Computation} row (in its own transactions, as the tenant), so that any
 * node shows them; an administrator's request then publishes the result. A run lost with its
 * node (restart) is seen by the next reader and marked failed: the administrator starts it again
 * (same pool, same lottery).
 */
@ApplicationScoped
public class DrawComputations {

  private static final Logger LOG = Logger.getLogger(DrawComputations.class.getName());
  /** Progress is written at most this often (the solver may report many times a second). */
  private static final Duration WRITE_EVERY = Duration.ofSeconds(1);
  private static final long HEARTBEAT_SECONDS = 20;

  @Resource ManagedExecutorService executor;
  @Resource ManagedScheduledExecutorService scheduler;
  @Resource TransactionSynchronizationRegistry transactions;
  @Inject ComputationRepository repository;
  @Inject CurrentTenant tenant;
  @Inject TenantWork tenantWork;

  /** This server instance: its node name and a new id at each start. */
  private final String node = System.getProperty("jboss.node.name", "parvis") + "/" + UUID.randomUUID();

  /**
   * Records a new run of the convention's computation in the caller's transaction and starts the
   * worker once that transaction has committed.
   */
  public Computation start(UUID conventionId, SortitionProblem problem, int m) {
    UUID run = UUID.randomUUID();
    Instant now = Instant.now();
    int total = problem.people().size();
    Computation computation = repository.lock(conventionId).orElse(null);
    if (computation == null) {
      computation = new Computation(conventionId, run, node, total, now);
      repository.add(computation);
    } else {
      computation.restart(run, node, total, now);
    }
    TenantRef owner = tenant.require();
    transactions.registerInterposedSynchronization(new Synchronization() {
      @Override
      public void beforeCompletion() { }

      @Override
      public void afterCompletion(int status) {
        if (status == Status.STATUS_COMMITTED) {
          executor.submit(() -> run(owner, conventionId, run, problem, m));
        }
      }
    });
    return computation;
  }

  /**
   * The convention's computation as the database has it; a run lost with its node is marked
   * failed here (the caller's transaction), so that the administrator can start it again.
   */
  public Optional<Computation> find(UUID conventionId) {
    Optional<Computation> found = repository.lock(conventionId);
    found.filter(c -> c.lost(node, Instant.now())).ifPresent(c -> c.interrupted(Instant.now()));
    return found;
  }

  public void forget(UUID conventionId) {
    repository.remove(conventionId);
  }

  private void run(TenantRef owner, UUID conventionId, UUID run, SortitionProblem problem, int m) {
    ScheduledFuture<?> heartbeat = scheduler.scheduleAtFixedRate(
        () -> quietly(owner, conventionId, c -> c.heartbeat(run, Instant.now())),
        HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    try {
      Instant[] lastWrite = {Instant.EPOCH};
      Distribution d = FairSortition.probabilities(problem, Algorithm.LEXIMIN, p -> {
        Instant now = Instant.now();
        if (lastWrite[0].plus(WRITE_EVERY).isBefore(now)) {
          lastWrite[0] = now;
          quietly(owner, conventionId, c -> c.progress(run, p, Instant.now()));
        }
      });
      Lottery lottery = Lottery.of(d, m);
      write(owner, conventionId, c -> c.done(run, lottery.publication(), lottery.maxDeviation(),
          d.probabilities(), Instant.now()));
    } catch (InfeasibleQuotasException e) {
      write(owner, conventionId, c -> c.infeasible(run, e.relaxation(), Instant.now()));
    } catch (RuntimeException | LinkageError e) {
      LOG.log(Level.WARNING, "LEXIMIN computation failed", e);
      write(owner, conventionId, c -> c.failed(run, e.toString(), Instant.now()));
    } finally {
      heartbeat.cancel(false);
    }
  }

  /** Progress and heartbeat are informative: a failed write must not stop the computation. */
  private void quietly(TenantRef owner, UUID conventionId, Consumer<Computation> change) {
    try {
      write(owner, conventionId, change);
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Could not record the computation's progress", e);
    }
  }

  private void write(TenantRef owner, UUID conventionId, Consumer<Computation> change) {
    tenantWork.runAs(owner, () -> repository.lock(conventionId).ifPresent(change));
  }
}
