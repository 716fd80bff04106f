package org.parvis.modules.convention.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.parvis.modules.convention.domain.Channel;
import org.parvis.modules.convention.domain.Convention;
import org.parvis.modules.convention.domain.ConventionRepository;
import org.parvis.modules.convention.domain.ConventionStateException;
import org.parvis.modules.convention.domain.ConventionStatus;
import org.parvis.modules.convention.domain.Invitation;
import org.parvis.modules.convention.domain.QuotaPlan;
import org.parvis.modules.convention.domain.Volunteer;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.PersonKeys;

/**
 * Volunteers join a convention's pool (public form or invitation code) and may leave it. A person
 * joins once: their civil identity's keyed hash ({@link PersonKeys}) is unique per convention,
 * checked under the convention's row lock and guarded by a unique constraint.
 */
@ApplicationScoped
@Transactional
public class Recruitment {

  @Inject ConventionRepository conventions;
  @Inject PersonKeys personKeys;

  /** A volunteer's answers to the form. {@code answers}: quota category → declared value. */
  public record Application(String lastName, String firstNames, LocalDate birthDate, String email,
      Map<String, String> answers, boolean consent, boolean publishName, String invitationCode,
      UUID residentId) {}

  /** The new pool member's public number and the secret with which they can withdraw. */
  public record Joined(int number, String withdrawalToken) {}

  public Joined join(UUID conventionId, Application form) {
    Convention convention = conventions.lockById(conventionId)
        .filter(c -> c.status().isPublic())
        .orElseThrow(() -> ConventionProblems.notFound(conventionId));
    try {
      convention.requireStatus(ConventionStatus.RECRUITING);
    } catch (ConventionStateException e) {
      throw ProblemException.conflict(ConventionProblems.WRONG_STATUS,
          "This convention is not recruiting volunteers");
    }
    if (!form.consent()) {
      throw ProblemException.invalidField(ConventionProblems.INVALID, "consent",
          "must be given to join the pool");
    }
    Map<String, String> answers = answers(convention.quotas(), form.answers());
    Channel channel = Channel.FORM;
    String code = Optional.ofNullable(form.invitationCode()).map(String::strip).orElse("");
    if (!code.isEmpty()) {
      Invitation invitation = conventions.invitation(conventionId, Secrets.codeHash(code))
          .filter(i -> !i.used())
          .orElseThrow(() -> new ProblemException(403, ConventionProblems.INVALID_CODE,
              "Forbidden", "This invitation code is unknown or already used", Map.of()));
      invitation.use();
      channel = Channel.INVITATION;
    } else if (!convention.openToAll()) {
      throw ProblemException.invalidField(ConventionProblems.INVALID, "invitationCode",
          "is required: this convention only enrolls people who received an invitation letter");
    }
    String key;
    try {
      key = personKeys.ofIdentity(form.lastName(), form.firstNames(), form.birthDate());
    } catch (IllegalArgumentException e) {
      throw ConventionProblems.invalid("lastName", e);
    }
    if (conventions.hasVolunteer(conventionId, key)) {
      throw ProblemException.conflict(ConventionProblems.ALREADY_VOLUNTEERED,
          "This person is already in the pool of this convention");
    }
    String token = Secrets.token();
    Volunteer volunteer = new Volunteer(conventionId, conventions.nextNumber(conventionId),
        form.lastName().strip(), form.firstNames().strip(), blankToNull(form.email()), answers,
        key, form.residentId(), form.publishName(), channel, Secrets.sha256(token));
    try {
      conventions.add(volunteer);
    } catch (PersistenceException e) {
      throw ProblemException.conflict(ConventionProblems.ALREADY_VOLUNTEERED,
          "This person is already in the pool of this convention");
    }
    return new Joined(volunteer.number(), token);
  }

  /**
   * Withdraws with the secret given at joining. While recruiting, the volunteer is deleted; after
   * the freeze only their personal data is (the published pool keeps their number and answers),
   * and a seated member leaves the panel, to be replaced.
   */
  public Volunteer withdraw(UUID conventionId, String token) {
    Convention convention = conventions.lockById(conventionId)
        .filter(c -> c.status().isPublic())
        .orElseThrow(() -> ConventionProblems.notFound(conventionId));
    Volunteer volunteer = conventions.volunteerByWithdrawalToken(conventionId,
            Secrets.sha256(token == null ? "" : token.strip()))
        .orElseThrow(() -> ProblemException.notFound("No volunteer with this withdrawal code"));
    return leave(convention, volunteer);
  }

  Volunteer leave(Convention convention, Volunteer volunteer) {
    if (convention.status() == ConventionStatus.RECRUITING) {
      conventions.remove(volunteer);
    } else {
      volunteer.withdraw();
    }
    return volunteer;
  }

  private static Map<String, String> answers(QuotaPlan plan, Map<String, String> given) {
    Map<String, String> answers = new LinkedHashMap<>();
    Map<String, String> byKey = new LinkedHashMap<>();
    (given == null ? Map.<String, String>of() : given)
        .forEach((k, v) -> byKey.put(k.strip().toLowerCase(Locale.ROOT), v));
    for (String category : plan.byCategory().keySet()) {
      String value = byKey.remove(category.toLowerCase(Locale.ROOT));
      if (value == null || value.isBlank()) {
        throw ProblemException.invalidField(ConventionProblems.INVALID, "answers." + category,
            "must be answered");
      }
      try {
        answers.put(category, plan.band(category, value).value());
      } catch (IllegalArgumentException e) {
        throw ConventionProblems.invalid("answers." + category, e);
      }
    }
    if (!byKey.isEmpty()) {
      throw ProblemException.invalidField(ConventionProblems.INVALID, "answers",
          "asks nothing about " + byKey.keySet());
    }
    return answers;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
