package org.parvis.modules.convention.domain;

/** A step of the ceremony asked at the wrong time (e.g. a draw before the panels are published). */
public class ConventionStateException extends RuntimeException {
  public ConventionStateException(String message) {
    super(message);
  }
}
