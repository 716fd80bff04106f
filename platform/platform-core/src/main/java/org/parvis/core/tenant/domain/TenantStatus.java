package org.parvis.core.tenant.domain;

/** Whether a tenant's portal is served. */
public enum TenantStatus {
  ACTIVE,
  SUSPENDED
}
