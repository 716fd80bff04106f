package org.parvis.spi.problem;

/**
 * Bean Validation of a request body at the edge. Injectable; a body with violations is answered
 * with a 400 problem whose {@code errors} name each field.
 */
public interface BodyValidator {

  /** Returns {@code body} when valid; throws a 400 {@link ProblemException} otherwise. */
  <T> T check(T body);
}
