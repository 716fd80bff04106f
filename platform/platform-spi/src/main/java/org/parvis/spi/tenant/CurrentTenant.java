package org.parvis.spi.tenant;

import java.util.Optional;

/** The tenant the current request was resolved to from its host name. Injectable. */
public interface CurrentTenant {

  Optional<TenantRef> find();

  /** The tenant, or a 404 problem when the request has none (platform host). */
  TenantRef require();
}
