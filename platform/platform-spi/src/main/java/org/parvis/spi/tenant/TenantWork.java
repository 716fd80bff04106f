package org.parvis.spi.tenant;

import java.util.function.Supplier;

/**
 * Work for one tenant outside its requests (a background job's progress, its result): run in a
 * new transaction bound to the tenant, so that tenant-scoped entities and row-level security
 * apply as in a request. Injectable.
 */
public interface TenantWork {

  <T> T callAs(TenantRef tenant, Supplier<T> work);

  default void runAs(TenantRef tenant, Runnable work) {
    callAs(tenant, () -> {
      work.run();
      return null;
    });
  }
}
