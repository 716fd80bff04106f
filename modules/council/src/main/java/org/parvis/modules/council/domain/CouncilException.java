package org.parvis.modules.council.domain;

/** A step the council's rules do not allow now; the message says why (answered as a 409). */
public class CouncilException extends RuntimeException {
  public CouncilException(String message) {
    super(message);
  }
}
