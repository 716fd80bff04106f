package org.parvis.core.tenant.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Platform-level access to tenants. */
public interface TenantRepository {

  void add(Tenant tenant);

  Optional<Tenant> bySlug(String slug);

  Optional<Tenant> byId(UUID id);

  Optional<Tenant> byHost(String normalizedHost);

  boolean hostTaken(String normalizedHost);

  List<Tenant> page(int offset, int limit);

  /** Tenants whose name, slug or one of whose hosts contains {@code text} (case ignored), by slug. */
  List<Tenant> search(String text, int limit);

  long count();
}
