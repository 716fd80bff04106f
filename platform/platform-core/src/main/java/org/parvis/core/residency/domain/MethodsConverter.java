package org.parvis.core.residency.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a set of verification methods as a sorted comma-separated list of their names. */
@Converter
public class MethodsConverter implements AttributeConverter<Set<VerificationMethod>, String> {

  @Override
  public String convertToDatabaseColumn(Set<VerificationMethod> methods) {
    return methods.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
  }

  @Override
  public Set<VerificationMethod> convertToEntityAttribute(String column) {
    EnumSet<VerificationMethod> methods = EnumSet.noneOf(VerificationMethod.class);
    if (column != null && !column.isBlank()) {
      Arrays.stream(column.split(",")).map(VerificationMethod::valueOf).forEach(methods::add);
    }
    return methods;
  }
}
