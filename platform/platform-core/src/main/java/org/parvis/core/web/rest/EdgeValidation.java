package org.parvis.core.web.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.parvis.spi.problem.BodyValidator;
import org.parvis.spi.problem.ProblemException;

/**
 * Bean Validation of request bodies at the edge (with {@code @SingleLine} for one-line texts),
 * and dates within years 1 to 9999, answered as a 400 naming each field. Characters and {@code
 * null} list elements are refused for every body before it is read ({@code EdgeBodyInterceptor}).
 */
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
    List<Map<String, String>> dates = DateBounds.violations(body);
    if (!violations.isEmpty() || !dates.isEmpty()) {
      List<Map<String, String>> errors = Stream.concat(
              violations.stream()
                  .map(v -> Map.of("field", v.getPropertyPath().toString(), "message", v.getMessage())),
              dates.stream())
          .distinct()
          .sorted(Comparator.comparing(e -> e.get("field")))
          .toList();
      throw ProblemException.invalidFields(
          "urn:parvis:problem:invalid-request", "Invalid request", errors);
    }
    return body;
  }
}
