package org.parvis.core.multitenancy;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.tenant.CurrentTenant;
import org.parvis.spi.tenant.TenantRef;

/** {@link CurrentTenant} backed by the thread's {@link TenantContext}. */
@ApplicationScoped
public class BoundTenant implements CurrentTenant {

  @Override
  public Optional<TenantRef> find() {
    return TenantContext.current();
  }

  @Override
  public TenantRef require() {
    return find().orElseThrow(() -> ProblemException.notFound("This host serves no tenant"));
  }
}
