package org.parvis.core.task;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parvis.core.PlatformConfig;
import org.parvis.core.migration.MigrationRunner;
import org.parvis.core.multitenancy.TenantTransactions;
import org.parvis.core.tenant.application.TenantAdministration;
import org.parvis.spi.module.PeriodicTask;
import org.parvis.spi.tenant.TenantRef;

/**
 * Runs the modules' {@link PeriodicTask}s: every tick ({@code parvis.tasks.tick-seconds}, 60 by
 * default), each task is offered to every active tenant where its module is enabled and the task is due (one
 * query per task, so that tens of thousands of tenants cost one statement, not a transaction each); a run is
 * claimed in {@code parvis_task_run} in the tenant's transaction, so it happens at most once per
 * period per tenant across the nodes of a cluster, and a failed run (rolled back with its claim)
 * is tried again at the next tick. One tenant's failure never stops the others.
 */
@ApplicationScoped
public class PeriodicTaskRunner {

  private static final Logger LOG = Logger.getLogger(PeriodicTaskRunner.class.getName());

  @Inject Instance<PeriodicTask> tasks;
  @Inject TenantAdministration tenants;
  @Inject TenantTransactions transactions;
  @Inject TaskRuns runs;
  @Resource ManagedScheduledExecutorService scheduler;

  private ScheduledFuture<?> ticks;

  void start(
      @Observes @Priority(MigrationRunner.PRIORITY + 40) @Initialized(ApplicationScoped.class)
          Object start) {
    long tick = PlatformConfig.value("parvis.tasks.tick-seconds").map(Long::parseLong).orElse(60L);
    Set<String> keys = new HashSet<>();
    for (PeriodicTask task : tasks) {
      if (!keys.add(key(task))) {
        throw new IllegalStateException("Two periodic tasks are named " + key(task));
      }
    }
    ticks = scheduler.scheduleWithFixedDelay(this::tick, tick, tick, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    if (ticks != null) {
      ticks.cancel(false);
    }
  }

  void tick() {
    for (PeriodicTask task : tasks) {
      try {
        for (UUID tenantId : runs.dueTenants(key(task), task.moduleId(), Clock.systemUTC().instant(),
            task.every())) {
          runFor(task, tenantId);
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Periodic task " + key(task) + " could not be scheduled", e);
      }
    }
  }

  private void runFor(PeriodicTask task, UUID tenantId) {
    try {
      TenantRef tenant = tenants.ref(tenantId);
      transactions.runAs(tenant, () -> {
        Instant now = Clock.systemUTC().instant();
        if (runs.claim(key(task), tenantId, now, task.every())) {
          task.run(now);
        }
      });
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Periodic task " + key(task) + " failed for tenant " + tenantId
          + "; tried again at the next tick", e);
    }
  }

  static String key(PeriodicTask task) {
    return task.moduleId() + ":" + task.name();
  }
}
