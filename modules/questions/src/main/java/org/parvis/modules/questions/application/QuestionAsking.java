package org.parvis.modules.questions.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.parvis.modules.questions.domain.Question;
import org.parvis.modules.questions.domain.QuestionRepository;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.PersonKeys;
import org.parvis.spi.tenant.CurrentTenant;

/** A verified resident asks the council, or one official in office, a question; it goes to moderation. */
@ApplicationScoped
@Transactional
public class QuestionAsking {

  @Inject QuestionRepository questions;
  @Inject PersonKeys personKeys;
  @Inject CurrentTenant tenant;

  /**
   * Sends a question to moderation.
   *
   * @param official the official asked, empty for the council as a whole
   * @param email where to tell the asker the answer, empty if they did not ask for it
   */
  public Question ask(UUID resident, Optional<UUID> official, String title, String text, Optional<String> email) {
    String key = personKeys.ofResident(resident).orElseThrow(QuestionProblems::verificationRequired);
    official.ifPresent(id -> {
      var known = questions.official(id).orElseThrow(
          () -> ProblemException.invalidField("urn:parvis:problem:invalid-request", "official", "No official " + id));
      if (!known.inOffice(LocalDate.now(tenant.require().zone()))) {
        throw ProblemException.conflict(QuestionProblems.OFFICIAL_NOT_IN_OFFICE, known.name() + " is not in office");
      }
    });
    Question question = new Question(key, official.orElse(null), title, text, email.orElse(null),
        Clock.systemUTC().instant());
    questions.add(question);
    return question;
  }
}
