package org.parvis.core.module.domain;

import java.util.Set;
import java.util.UUID;

/**
 * Which tenants have which module enabled, across tenants: what the periodic tasks and the module gate of every
 * request need to know without opening the tenant's own settings.
 */
public interface ModuleActivations {

  /** Records that the tenant enabled or disabled the module; joins the caller's transaction. */
  void set(UUID tenantId, String moduleId, boolean enabled);

  /** The modules the tenant has enabled. */
  Set<String> enabledBy(UUID tenantId);
}
