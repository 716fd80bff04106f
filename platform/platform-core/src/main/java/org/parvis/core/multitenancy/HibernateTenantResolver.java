package org.parvis.core.multitenancy;

import java.util.UUID;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/**
 * Tells Hibernate which tenant a new session belongs to, so that {@code @TenantId} columns are
 * filtered on read and filled on write. Configured in persistence.xml.
 */
public class HibernateTenantResolver implements CurrentTenantIdentifierResolver<UUID> {

  @Override
  public UUID resolveCurrentTenantIdentifier() {
    return TenantContext.currentIdOrNone();
  }

  @Override
  public boolean validateExistingCurrentSessions() {
    return false;
  }
}
