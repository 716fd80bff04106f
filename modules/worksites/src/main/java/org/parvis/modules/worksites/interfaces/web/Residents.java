package org.parvis.modules.worksites.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.parvis.modules.worksites.application.Person;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.Caller;

/** The verified resident acting on a worksites page; anyone else is refused as the API refuses them. */
@RequestScoped
public class Residents {

  @Inject Caller caller;

  /** The visitor as a verified resident, or a 403 the page shows in its language. */
  public Person require() {
    return caller.verifiedResidentId().map(id -> new Person(id, caller.email().orElse(null)))
        .orElseThrow(() -> new ProblemException(403, "urn:parvis:problem:residency-verification-required",
            "Forbidden", "Verify your residency first"));
  }
}
