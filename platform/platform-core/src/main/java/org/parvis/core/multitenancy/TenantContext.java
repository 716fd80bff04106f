package org.parvis.core.multitenancy;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jboss.logging.MDC;
import org.parvis.spi.tenant.TenantRef;

/**
 * The tenant whose data the current thread may touch. Bound once per request by the tenant
 * resolution filter (or by {@link TenantTransactions} for work outside requests); read by
 * Hibernate (tenant column) and by the connection provider (PostgreSQL row-level security).
 * Without a binding every tenant-owned table reads as empty and rejects writes.
 */
public final class TenantContext {

  /** Bound when no tenant is: matches no row, so a missing context fails closed. */
  public static final UUID NO_TENANT = new UUID(0L, 0L);

  /** The logging context's key for the bound tenant's slug. */
  public static final String LOG_KEY = "tenant";

  private static final ThreadLocal<TenantRef> CURRENT = new ThreadLocal<>();

  private TenantContext() {}

  public static Optional<TenantRef> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  public static UUID currentIdOrNone() {
    TenantRef ref = CURRENT.get();
    return ref == null ? NO_TENANT : ref.id();
  }

  /** Runs {@code work} as {@code tenant}, restoring the previous binding afterwards. */
  public static <T> T callAs(TenantRef tenant, Callable<T> work) {
    try (Binding ignored = bind(tenant)) {
      return work.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Binds {@code tenant} (null for none) until the returned binding is closed. The tenant's slug is also the
   * logging context's {@code tenant} (the JSON log's {@code mdc.tenant}), so that every line written meanwhile
   * says whose request or task it was.
   */
  public static Binding bind(TenantRef tenant) {
    TenantRef previous = CURRENT.get();
    CURRENT.set(tenant);
    logAs(tenant);
    return () -> {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
      logAs(previous);
    };
  }

  private static void logAs(TenantRef tenant) {
    if (tenant == null) {
      MDC.remove(LOG_KEY);
    } else {
      MDC.put(LOG_KEY, tenant.slug());
    }
  }

  /** A binding to undo with try-with-resources. */
  public interface Binding extends AutoCloseable {
    @Override
    void close();
  }
}
