package org.parvis.spi.module;

import java.time.Duration;
import java.time.Instant;

/**
 * Work a module does on its own for every tenant where it is enabled: reminders before a date,
 * closing what reached its deadline. Implementations are CDI beans, discovered like manifests.
 *
 * <p>The platform runs a task for one tenant at most once per {@link #every()}, in a transaction
 * bound to that tenant, on one node of a cluster at a time. A run that throws is rolled back and
 * tried again at the next tick, so runs must be idempotent (send a reminder once, close once).
 */
public interface PeriodicTask {

  /** The module whose enabled tenants this task runs for. */
  String moduleId();

  /** A stable name, unique within the module, e.g. {@code shift-reminders}. */
  String name();

  /** The least time between two runs for one tenant. */
  Duration every();

  /** Does the work due at {@code now} for the current tenant. */
  void run(Instant now);
}
