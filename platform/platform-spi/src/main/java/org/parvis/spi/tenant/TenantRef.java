package org.parvis.spi.tenant;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/** An immutable view of a tenant, safe to hand to modules. */
public record TenantRef(UUID id, String slug, TenantKind kind, String displayName, Locale locale) {

  public TenantRef {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(locale, "locale");
  }
}
