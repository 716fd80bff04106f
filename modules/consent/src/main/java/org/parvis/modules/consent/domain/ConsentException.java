package org.parvis.modules.consent.domain;

/** A step the proposal's state does not allow. */
public class ConsentException extends RuntimeException {
  public ConsentException(String message) {
    super(message);
  }
}
