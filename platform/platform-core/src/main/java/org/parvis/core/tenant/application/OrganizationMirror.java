package org.parvis.core.tenant.application;

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
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parvis.core.migration.MigrationRunner;
import org.parvis.core.tenant.infrastructure.keycloak.KeycloakOrganizations;

/**
 * Keeps one Keycloak organization per tenant (alias = slug). Creating it never slows down or
 * fails a tenant creation: the tenant's transaction only writes an outbox row; after it commits
 * the organization is created on a managed thread, and rows left by failures or restarts are
 * retried every minute with a growing back-off. Without a configured Keycloak client secret the
 * rows wait until one is configured.
 */
@ApplicationScoped
public class OrganizationMirror {

  private static final Logger LOG = Logger.getLogger(OrganizationMirror.class.getName());
  private static final Duration RETRY_EVERY = Duration.ofMinutes(1);
  private static final int BATCH = 100;

  @Inject OrganizationOutbox outbox;
  @Inject KeycloakOrganizations keycloak;

  @Resource ManagedExecutorService executor;
  @Resource ManagedScheduledExecutorService scheduler;

  private ScheduledFuture<?> retries;

  void start(
      @Observes @Priority(MigrationRunner.PRIORITY + 20) @Initialized(ApplicationScoped.class)
          Object start) {
    if (!keycloak.configured()) {
      LOG.warning("No Keycloak client secret (PARVIS_KEYCLOAK_CLIENT_SECRET): tenants are not"
          + " mirrored as Keycloak organizations until one is configured");
      return;
    }
    retries = scheduler.scheduleWithFixedDelay(this::retryDue, 0,
        RETRY_EVERY.toSeconds(), TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    if (retries != null) {
      retries.cancel(false);
    }
  }

  void created(@Observes(during = TransactionPhase.AFTER_SUCCESS) TenantCreated event) {
    if (!keycloak.configured()) {
      return;
    }
    try {
      executor.execute(() -> mirrorLogged(event.tenantId()));
    } catch (RejectedExecutionException busy) {
      LOG.warning(() -> "Organization of tenant " + event.tenantId() + " left to the retry: " + busy);
    }
  }

  private void mirrorLogged(UUID tenantId) {
    try {
      mirror(tenantId);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Keycloak organization for tenant " + tenantId + " not created", e);
    }
  }

  /** Creates the organization of one waiting tenant; returns whether it now exists. */
  public boolean mirror(UUID tenantId) {
    var request = outbox.request(tenantId);
    if (request.isEmpty()) {
      return true;
    }
    var org = request.get();
    try {
      keycloak.ensure(org.alias(), org.name(), org.domains());
      outbox.done(tenantId);
      LOG.fine(() -> "Keycloak organization " + org.alias() + " created");
      return true;
    } catch (RuntimeException e) {
      Duration backoff = RETRY_EVERY.multipliedBy(Math.min(60, 1L << Math.min(6, org.attempts())));
      LOG.log(Level.WARNING, "Keycloak organization for tenant " + org.alias()
          + " not created (attempt " + (org.attempts() + 1) + ", next in " + backoff + ")", e);
      outbox.failed(tenantId, String.valueOf(e.getMessage()), backoff);
      return false;
    }
  }

  private void retryDue() {
    try {
      for (UUID tenantId : outbox.due(BATCH)) {
        if (!mirror(tenantId)) {
          return;
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Retrying Keycloak organizations failed", e);
    }
  }
}
