package org.parvis.modules.council.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A member's roles as one comma-separated column. */
@Converter
public class RolesConverter implements AttributeConverter<Set<CouncilRole>, String> {

  @Override
  public String convertToDatabaseColumn(Set<CouncilRole> roles) {
    return roles == null ? "" : roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
  }

  @Override
  public Set<CouncilRole> convertToEntityAttribute(String column) {
    EnumSet<CouncilRole> roles = EnumSet.noneOf(CouncilRole.class);
    if (column != null && !column.isBlank()) {
      Arrays.stream(column.split(",")).map(CouncilRole::valueOf).forEach(roles::add);
    }
    return roles;
  }
}
