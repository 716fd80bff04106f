package org.parvis.core.residency.domain;

import jakarta.persistence.Converter;
import org.parvis.core.persistence.EnumSetConverter;

/** Stores a set of verification methods as a sorted comma-separated list of their names. */
@Converter
public class MethodsConverter extends EnumSetConverter<VerificationMethod> {

  public MethodsConverter() {
    super(VerificationMethod.class, Enum::name, VerificationMethod::valueOf);
  }
}
