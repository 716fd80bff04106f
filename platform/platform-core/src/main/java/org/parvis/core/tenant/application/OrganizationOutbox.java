package org.parvis.core.tenant.application;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Tenants whose Keycloak organization is still to be created, written in the tenant's own
 * transaction. Each method is its own transaction unless noted.
 */
public interface OrganizationOutbox {

  /** Records that {@code tenantId} needs an organization; joins the caller's transaction. */
  void add(UUID tenantId);

  /** Up to {@code limit} tenants whose next attempt is due. */
  List<UUID> due(int limit);

  /** What Keycloak needs to know of a tenant still waiting, if it is. */
  Optional<OrganizationRequest> request(UUID tenantId);

  void done(UUID tenantId);

  /** Records a failed attempt; the next one waits {@code backoff}. */
  void failed(UUID tenantId, String error, Duration backoff);

  /** An organization as Keycloak will hold it: alias = slug, name = display name. */
  record OrganizationRequest(String alias, String name, List<String> domains, int attempts) {}
}
