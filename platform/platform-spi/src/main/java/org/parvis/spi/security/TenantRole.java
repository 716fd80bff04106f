package org.parvis.spi.security;

import java.util.Locale;

/** Roles a person can hold within one tenant. Held by Parvis, not by Keycloak. */
public enum TenantRole {
  ADMIN,
  MODERATOR,
  STAFF,
  CITIZEN;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static TenantRole fromId(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT));
  }
}
