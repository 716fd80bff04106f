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
import java.util.List;
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
 */
@ApplicationScoped
public class MailDispatcher {

  private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());
  static final Duration SWEEP_EVERY = Duration.ofSeconds(30);
  private static final Duration LEASE = Duration.ofMinutes(5);
  private static final int BATCH = 50;

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
          for (QueuedMail mail : batch) {
            if (!deliver(mail)) {
              return;
            }
          }
        } while (batch.size() == BATCH);
      } while (again.get());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Sending queued mail failed", e);
    } finally {
      running.set(false);
    }
  }

  /** Returns false when the server seems down, so that the run stops hammering it. */
  private boolean deliver(QueuedMail mail) {
    try {
      transport.send(mail.senderName(), mail.message());
      outbox.sent(mail.id());
      return true;
    } catch (MailTransport.MailNotSent e) {
      Duration backoff = backoff(mail.attempts());
      LOG.log(Level.WARNING, "Mail " + mail.id() + " not sent (attempt " + (mail.attempts() + 1)
          + ", next in " + backoff + "): " + e.getMessage());
      outbox.failed(mail.id(), e.getMessage(), backoff);
      return false;
    }
  }

  /** 30 s, 1 min, 2 min … up to one hour between attempts. */
  static Duration backoff(int attempts) {
    return SWEEP_EVERY.multipliedBy(1L << Math.min(7, attempts)).compareTo(Duration.ofHours(1)) > 0
        ? Duration.ofHours(1)
        : SWEEP_EVERY.multipliedBy(1L << Math.min(7, attempts));
  }
}
