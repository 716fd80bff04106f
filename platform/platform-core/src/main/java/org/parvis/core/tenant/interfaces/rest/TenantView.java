package org.parvis.core.tenant.interfaces.rest;

import java.util.List;
import java.util.UUID;
import org.parvis.core.tenant.application.TenantSnapshot;
import org.parvis.core.tenant.domain.Tenant;
import org.parvis.spi.tenant.TenantKind;

/** A tenant as the operator API shows it. */
public record TenantView(
    UUID id,
    String slug,
    TenantKind kind,
    String displayName,
    String inseeCode,
    Integer population,
    String departmentCode,
    String departmentName,
    String intercommunality,
    List<String> hosts,
    String defaultLocale,
    String timeZone,
    String status,
    Branding branding) {

  public record Branding(String name, String primaryColor, String secondaryColor, String logoUrl) {}

  static TenantView of(Tenant t) {
    var b = t.branding();
    return new TenantView(
        t.id(),
        t.slug(),
        t.kind(),
        t.displayName(),
        t.inseeCode(),
        t.population(),
        t.departmentCode(),
        t.departmentName(),
        t.intercommunality(),
        t.hosts().stream().sorted().toList(),
        t.defaultLocale(),
        t.timeZone(),
        t.status().name(),
        b == null ? null : new Branding(b.name(), b.primaryColor(), b.secondaryColor(), b.logoUrl()));
  }

  static TenantSummary summary(TenantSnapshot s) {
    return new TenantSummary(s.id(), s.ref().slug(), s.status().name());
  }

  /** The answer to a change: enough to follow up. */
  public record TenantSummary(UUID id, String slug, String status) {}
}
