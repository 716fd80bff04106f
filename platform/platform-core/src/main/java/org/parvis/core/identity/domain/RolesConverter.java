package org.parvis.core.identity.domain;

import jakarta.persistence.Converter;
import org.parvis.core.persistence.EnumSetConverter;
import org.parvis.spi.security.TenantRole;

/** Stores a role set as a sorted comma-separated list of role ids ({@code admin,citizen}). */
@Converter
public class RolesConverter extends EnumSetConverter<TenantRole> {

  public RolesConverter() {
    super(TenantRole.class, TenantRole::id, TenantRole::fromId);
  }
}
