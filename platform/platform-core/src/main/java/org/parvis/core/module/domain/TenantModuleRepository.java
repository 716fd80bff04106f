package org.parvis.core.module.domain;

import java.util.List;
import java.util.Optional;

/** Module use of the current tenant (tenant-scoped by construction). */
public interface TenantModuleRepository {

  Optional<TenantModule> byModule(String moduleId);

  List<TenantModule> all();

  void add(TenantModule tenantModule);
}
