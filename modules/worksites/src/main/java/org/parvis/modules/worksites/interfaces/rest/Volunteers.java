package org.parvis.modules.worksites.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.parvis.modules.worksites.application.Person;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.Caller;

/** The verified resident making the request, as the application's {@link Person}. */
@RequestScoped
public class Volunteers {

  @Inject Caller caller;

  public Person current() {
    return new Person(caller.verifiedResidentId().orElseThrow(
            () -> ProblemException.forbidden("Your residency in this commune is not verified")),
        caller.email().orElse(null));
  }
}
