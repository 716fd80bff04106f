package org.parvis.modules.petitions.domain;

/** A step that the petition's current status does not allow. */
public class PetitionStateException extends RuntimeException {

  public PetitionStateException(String message) {
    super(message);
  }
}
