package org.parvis.spi.tenant;

/** What kind of body a tenant is. */
public enum TenantKind {
  COMMUNE,
  COLLECTIVE,
  ASSEMBLY
}
