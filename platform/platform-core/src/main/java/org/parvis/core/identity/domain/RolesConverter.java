package org.parvis.core.identity.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.parvis.spi.security.TenantRole;

/** Stores a role set as a sorted comma-separated list of role ids. */
@Converter
public class RolesConverter implements AttributeConverter<Set<TenantRole>, String> {

  @Override
  public String convertToDatabaseColumn(Set<TenantRole> roles) {
    return roles.stream().sorted().map(TenantRole::id).collect(Collectors.joining(","));
  }

  @Override
  public Set<TenantRole> convertToEntityAttribute(String column) {
    EnumSet<TenantRole> roles = EnumSet.noneOf(TenantRole.class);
    if (column != null && !column.isBlank()) {
      Arrays.stream(column.split(",")).map(TenantRole::fromId).forEach(roles::add);
    }
    return roles;
  }
}
