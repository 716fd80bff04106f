package org.parvis.spi.tenant;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * An immutable view of a tenant, safe to hand to modules. {@code zone} is the tenant's time zone: dates and times
 * shown to its residents, and the days its deadlines end, are in that zone.
 */
public record TenantRef(UUID id, String slug, TenantKind kind, String displayName, Locale locale,
    ZoneId zone) {

  public TenantRef {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(zone, "zone");
  }
}
