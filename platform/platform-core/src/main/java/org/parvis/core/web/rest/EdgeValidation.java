package org.parvis.core.web.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parvis.spi.problem.BodyValidator;
import org.parvis.spi.problem.ProblemException;

/** Bean Validation of request bodies at the edge, answered as a 400 naming each field. */
@ApplicationScoped
public class EdgeValidation implements BodyValidator {

  @Inject Validator validator;

  @Override
  public <T> T check(T body) {
    if (body == null) {
      throw ProblemException.badRequest(
          "urn:parvis:problem:missing-body", "A JSON request body is required", Map.of());
    }
    Set<ConstraintViolation<T>> violations = validator.validate(body);
    if (!violations.isEmpty()) {
      List<Map<String, String>> errors =
          violations.stream()
              .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
              .map(v -> Map.of("field", v.getPropertyPath().toString(), "message", v.getMessage()))
              .toList();
      throw ProblemException.invalidFields(
          "urn:parvis:problem:invalid-request", "Invalid request", errors);
    }
    return body;
  }
}
