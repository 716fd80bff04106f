package org.parvis.core.multitenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;
import org.parvis.spi.tenant.TenantRef;
import org.parvis.spi.tenant.TenantWork;

/**
 * Runs work in a new transaction bound to a given tenant. A Hibernate session and its connection
 * keep the tenant they were opened with, so switching tenants always takes a new transaction.
 */
@ApplicationScoped
public class TenantTransactions implements TenantWork {

  @Inject NewTransaction newTransaction;

  @Override
  public <T> T callAs(TenantRef tenant, Supplier<T> work) {
    return TenantContext.callAs(tenant, () -> newTransaction.call(work));
  }

  @Override
  public void runAs(TenantRef tenant, Runnable work) {
    callAs(
        tenant,
        () -> {
          work.run();
          return null;
        });
  }

  /** Separate bean so that the transaction interceptor applies. */
  @ApplicationScoped
  public static class NewTransaction {
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T call(Supplier<T> work) {
      return work.get();
    }
  }
}
