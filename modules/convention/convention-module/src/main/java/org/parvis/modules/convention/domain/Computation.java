package org.parvis.modules.convention.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.TenantId;
import org.parvis.sortition.Progress;
import org.parvis.sortition.QuotaRelaxation;

/**
 * The state of a convention's LEXIMIN computation, kept in the database so that every node of a
 * cluster shows the same progress and result. A run belongs to the node that started it
 * (its node name, a slash and its instance, a new instance at each start of the server) and is known by
 * its run id: writes of an older run are ignored. A run still marked running is <em>lost</em>
 * when the same node name has restarted since, or when it has not reported for
 * {@link #SILENCE}; it then fails with {@link #INTERRUPTED} and the administrator starts again.
 */
@Entity(name = "ConventionComputation")
@Table(name = "convention_computation")
public class Computation {

  /** State of a computation. */
  public enum State { RUNNING, DONE, INFEASIBLE, FAILED }

  /** The failure of a run lost with its node (restart, crash). */
  public static final String INTERRUPTED = "interrupted";

  /** A running computation reports at least this often (its worker's heartbeat is shorter). */
  public static final Duration SILENCE = Duration.ofMinutes(2);

  @Id
  @Column(name = "convention_id")
  private UUID conventionId;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "run_id", nullable = false)
  private UUID runId;

  @Column(nullable = false)
  private String node;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private State state;

  private int done;
  private int total;
  private int panels;

  @Column(name = "lower_bound")
  private Double lowerBound;

  @Column(name = "upper_bound")
  private Double upperBound;

  private String lottery;

  @Column(name = "max_deviation")
  private Double maxDeviation;

  private String probabilities;
  private String relaxation;

  @Column(name = "pool_too_small")
  private Boolean poolTooSmall;

  private String failure;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Computation() {}

  public Computation(UUID conventionId, UUID runId, String node, int total, Instant now) {
    this.conventionId = Objects.requireNonNull(conventionId);
    restart(runId, node, total, now);
  }

  /** A new run replaces whatever was there; the previous run's late writes are ignored. */
  public void restart(UUID runId, String node, int total, Instant now) {
    this.runId = Objects.requireNonNull(runId);
    this.node = Objects.requireNonNull(node);
    this.state = State.RUNNING;
    this.done = 0;
    this.total = total;
    this.panels = 0;
    this.lowerBound = null;
    this.upperBound = null;
    this.lottery = null;
    this.maxDeviation = null;
    this.probabilities = null;
    this.relaxation = null;
    this.poolTooSmall = null;
    this.failure = null;
    this.startedAt = now;
    this.updatedAt = now;
  }

  public void progress(UUID run, Progress p, Instant now) {
    if (current(run)) {
      done = p.done();
      total = p.total();
      panels = p.panels();
      lowerBound = Double.isNaN(p.lowerBound()) ? null : p.lowerBound();
      upperBound = Double.isNaN(p.upperBound()) ? null : p.upperBound();
      updatedAt = now;
    }
  }

  /** The run is alive even when the solver has nothing new to report. */
  public void heartbeat(UUID run, Instant now) {
    if (current(run)) {
      updatedAt = now;
    }
  }

  /** The lottery's publication text and the probabilities of the pool, in the pool's order. */
  public void done(UUID run, String lotteryText, double deviation, double[] p, Instant now) {
    if (current(run)) {
      state = State.DONE;
      done = total;
      lottery = lotteryText;
      maxDeviation = deviation;
      probabilities = Arrays.stream(p).mapToObj(Double::toString).collect(Collectors.joining(","));
      updatedAt = now;
    }
  }

  public void infeasible(UUID run, QuotaRelaxation suggestion, Instant now) {
    if (current(run)) {
      state = State.INFEASIBLE;
      relaxation = suggestion.changes().stream()
          .map(c -> String.join("\t", c.category(), c.value(), Integer.toString(c.min()),
              Integer.toString(c.max()), Integer.toString(c.newMin()), Integer.toString(c.newMax())))
          .collect(Collectors.joining("\n"));
      poolTooSmall = suggestion.poolTooSmall();
      updatedAt = now;
    }
  }

  public void failed(UUID run, String reason, Instant now) {
    if (current(run)) {
      state = State.FAILED;
      failure = reason;
      updatedAt = now;
    }
  }

  /**
   * Whether this run died with its node: still running, but that node has restarted since
   * ({@code currentNode} has the same name and another instance) or it has been silent too long.
   */
  public boolean lost(String currentNode, Instant now) {
    if (state != State.RUNNING) {
      return false;
    }
    boolean restarted = !node.equals(currentNode) && name(node).equals(name(currentNode));
    return restarted || updatedAt.plus(SILENCE).isBefore(now);
  }

  /** Marks a lost run failed, so that the administrator starts it again. */
  public void interrupted(Instant now) {
    failed(runId, INTERRUPTED, now);
  }

  private boolean current(UUID run) {
    return runId.equals(run) && state == State.RUNNING;
  }

  private static String name(String node) {
    int slash = node.lastIndexOf('/');
    return slash < 0 ? node : node.substring(0, slash);
  }

  public UUID conventionId() {
    return conventionId;
  }

  public UUID runId() {
    return runId;
  }

  public State state() {
    return state;
  }

  public int done() {
    return done;
  }

  public int total() {
    return total;
  }

  public int panels() {
    return panels;
  }

  public Optional<Double> lowerBound() {
    return Optional.ofNullable(lowerBound);
  }

  public Optional<Double> upperBound() {
    return Optional.ofNullable(upperBound);
  }

  /** The lottery's publication text, once done. */
  public Optional<String> lottery() {
    return Optional.ofNullable(lottery);
  }

  public double maxDeviation() {
    return maxDeviation == null ? 0 : maxDeviation;
  }

  /** Each pool member's probability of selection, in the pool's order, once done. */
  public double[] probabilities() {
    return probabilities == null || probabilities.isEmpty() ? new double[0]
        : Arrays.stream(probabilities.split(",")).mapToDouble(Double::parseDouble).toArray();
  }

  /** The smallest widening of the quotas, when infeasible. */
  public Optional<QuotaRelaxation> relaxation() {
    if (state != State.INFEASIBLE || relaxation == null) {
      return Optional.empty();
    }
    List<QuotaRelaxation.Change> changes = new ArrayList<>();
    relaxation.lines().filter(l -> !l.isEmpty()).forEach(l -> {
      String[] f = l.split("\t", -1);
      changes.add(new QuotaRelaxation.Change(f[0], f[1], Integer.parseInt(f[2]),
          Integer.parseInt(f[3]), Integer.parseInt(f[4]), Integer.parseInt(f[5])));
    });
    return Optional.of(new QuotaRelaxation(changes, Boolean.TRUE.equals(poolTooSmall)));
  }

  public Optional<String> failure() {
    return Optional.ofNullable(failure);
  }

  public boolean interruptedRun() {
    return state == State.FAILED && INTERRUPTED.equals(failure);
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
