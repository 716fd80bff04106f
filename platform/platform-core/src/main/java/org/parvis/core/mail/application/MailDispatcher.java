package org.parvis.core.mail.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parvis.core.mail.application.MailOutbox.QueuedMail;
import org.parvis.core.migration.MigrationRunner;

/**
 * Sends queued mail: right after the transaction that queued it commits, and every {@link
 * #SWEEP_EVERY} for what failed or was left by a restart. Runs are coalesced (at most one at a
 * time per node, and one more if mail arrived during it); claimed rows are leased, so that nodes
 * of a cluster do not send the same message twice under normal operation. Delivery is
 * at-least-once: a node dying between the server's acceptance and the delete resends once.
 *
 * <p>Each message is on its own: a refusal for good ({@link MailFailure#PERMANENT}) makes it a
 * dead letter at once, another failure delays it alone with back-off until {@link #MAX_ATTEMPTS},
 * then it is a dead letter too (the operator console lists them). Only an unreachable server stops
 * a run, and the messages it had claimed are released at once.
 */
@ApplicationScoped
public class MailDispatcher {

  private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());
  static final Duration SWEEP_EVERY = Duration.ofSeconds(30);
  private static final Duration LEASE = Duration.ofMinutes(5);
  private static final int BATCH = 50;
  /** About five hours of back-off before a message that keeps failing is given up. */
  static final int MAX_ATTEMPTS = 12;

  @Inject MailOutbox outbox;
  @Inject MailTransport transport;
  @Resource ManagedExecutorService executor;
  @Resource ManagedScheduledExecutorService scheduler;

  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean again = new AtomicBoolean();
  private ScheduledFuture<?> sweeps;

  void start(
      @Observes @Priority(MigrationRunner.PRIORITY + 30) @Initialized(ApplicationScoped.class)
          Object start) {
    sweeps = scheduler.scheduleWithFixedDelay(this::drain, SWEEP_EVERY.toSeconds(),
        SWEEP_EVERY.toSeconds(), TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    if (sweeps != null) {
      sweeps.cancel(false);
    }
  }

  void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxMailer.MailQueued event) {
    if (running.get()) {
      again.set(true);
      return;
    }
    try {
      executor.execute(this::drain);
    } catch (RejectedExecutionException busy) {
      LOG.fine("Mail left to the next sweep: " + busy);
    }
  }

  /** Sends everything due, batch after batch. */
  void drain() {
    if (!running.compareAndSet(false, true)) {
      again.set(true);
      return;
    }
    try {
      do {
        again.set(false);
        List<QueuedMail> batch;
        do {
          batch = outbox.claimDue(BATCH, LEASE);
          if (!deliverAll(batch)) {
            return;
          }
        } while (batch.size() == BATCH);
      } while (again.get());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Sending queued mail failed", e);
    } finally {
      running.set(false);
    }
  }

  /**
   * Sends each message of a batch on its own. Returns false when the server cannot be reached:
   * the run stops, and whatever was claimed but not sent is released for the next run.
   */
  private boolean deliverAll(List<QueuedMail> batch) {
    Set<UUID> notAttempted = new LinkedHashSet<>();
    batch.forEach(mail -> notAttempted.add(mail.id()));
    try {
      for (QueuedMail mail : batch) {
        if (!deliver(mail)) {
          return false;
        }
        notAttempted.remove(mail.id());
      }
      return true;
    } finally {
      if (!notAttempted.isEmpty()) {
        outbox.release(notAttempted);
      }
    }
  }

  /** Returns false when the server is unreachable (this message stays in {@code notAttempted}). */
  private boolean deliver(QueuedMail mail) {
    MailFailure failure;
    String error;
    try {
      transport.send(mail.senderName(), mail.message());
      outbox.sent(mail.id());
      return true;
    } catch (MailTransport.MailNotSent e) {
      failure = e.failure();
      error = e.getMessage();
    } catch (RuntimeException e) {
      failure = MailFailure.TRANSIENT;
      error = e.toString();
    }
    if (failure == MailFailure.UNREACHABLE) {
      LOG.warning("Mail server unreachable, sending again in " + SWEEP_EVERY + ": " + error);
      return false;
    }
    int attempt = mail.attempts() + 1;
    if (failure == MailFailure.PERMANENT || attempt >= MAX_ATTEMPTS) {
      LOG.warning("Mail " + mail.id() + " is a dead letter after " + attempt + " attempt(s): " + error);
      outbox.dead(mail.id(), error);
    } else {
      Duration backoff = backoff(mail.attempts());
      LOG.warning("Mail " + mail.id() + " not sent (attempt " + attempt + ", next in " + backoff
          + "): " + error);
      outbox.failed(mail.id(), error, backoff);
    }
    return true;
  }

  /** 30 s, 1 min, 2 min … up to one hour between attempts. */
  static Duration backoff(int attempts) {
    return SWEEP_EVERY.multipliedBy(1L << Math.min(7, attempts)).compareTo(Duration.ofHours(1)) > 0
        ? Duration.ofHours(1)
        : SWEEP_EVERY.multipliedBy(1L << Math.min(7, attempts));
  }
}
