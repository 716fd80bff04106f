package org.parvis.core.tenant.application;

import java.util.UUID;
import org.parvis.core.tenant.domain.Tenant;
import org.parvis.core.tenant.domain.TenantStatus;
import org.parvis.spi.tenant.TenantRef;

/** What a request needs to know of its tenant; immutable and cacheable. */
public record TenantSnapshot(
    TenantRef ref,
    TenantStatus status,
    String brandingName,
    String primaryColor,
    String secondaryColor,
    String logoUrl) {

  static TenantSnapshot of(Tenant tenant) {
    var branding = tenant.branding();
    return new TenantSnapshot(
        tenant.toRef(),
        tenant.status(),
        branding == null || branding.name() == null ? tenant.displayName() : branding.name(),
        branding == null ? null : branding.primaryColor(),
        branding == null ? null : branding.secondaryColor(),
        branding == null ? null : branding.logoUrl());
  }

  public UUID id() {
    return ref.id();
  }

  public boolean active() {
    return status == TenantStatus.ACTIVE;
  }
}
