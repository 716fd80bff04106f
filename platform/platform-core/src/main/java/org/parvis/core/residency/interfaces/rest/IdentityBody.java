package org.parvis.core.residency.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.parvis.core.residency.domain.PersonIdentity;
import org.parvis.spi.problem.ProblemException;

/** A civil identity as typed: names as on identity papers, birth date as {@code yyyy-MM-dd}. */
public record IdentityBody(
    @NotBlank @Size(max = 100) String lastName,
    @NotBlank @Size(max = 200) String firstNames,
    @NotNull @Past LocalDate birthDate) {

  /** The identity; a 400 problem naming the field when a name holds no letter at all. */
  public PersonIdentity toIdentity() {
    String empty = PersonIdentity.normalize(lastName).isEmpty() ? "lastName"
        : PersonIdentity.normalize(firstNames).isEmpty() ? "firstNames" : null;
    if (empty != null) {
      String message = "must contain letters";
      throw ProblemException.badRequest(
          "urn:parvis:problem:invalid-request",
          "'" + empty + "' " + message,
          Map.of("errors", List.of(Map.of("field", empty, "message", message))));
    }
    return new PersonIdentity(lastName, firstNames, birthDate);
  }
}
