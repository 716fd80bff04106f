package org.parvis.modules.worksites.interfaces.rest;

import org.parvis.spi.problem.ProblemException;

/** A photo's caption is its text alternative: required, one line, at most 300 characters. */
final class Captions {

  private Captions() {}

  static void require(String caption) {
    if (caption == null || caption.isBlank() || caption.length() > 300 || caption.contains("\n")) {
      throw ProblemException.invalidField("urn:parvis:problem:invalid-request", "caption",
          "a caption of 1 to 300 characters on one line describes the photo");
    }
  }
}
