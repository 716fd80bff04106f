package org.parvis.spi.text;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link SingleLine} texts with {@link SafeText}'s single-line rule. */
public class SingleLineValidator implements ConstraintValidator<SingleLine, String> {

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return SafeText.isSafe(value, false);
  }
}
