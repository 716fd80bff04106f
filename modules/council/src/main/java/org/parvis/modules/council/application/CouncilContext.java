package org.parvis.modules.council.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Supplier;
import org.parvis.modules.council.domain.Council;
import org.parvis.modules.council.domain.CouncilException;
import org.parvis.modules.council.domain.CouncilMember;
import org.parvis.modules.council.domain.CouncilRepository;
import org.parvis.modules.council.domain.MemberRepository;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.Caller;

/**
 * What every use case needs: the time (the council's days are those of Paris), the tenant's
 * council, the caller as a sitting member, and the translation of a refused step into a problem.
 */
@ApplicationScoped
public class CouncilContext {

  static final String NOT_ALLOWED = "urn:parvis:problem:council-step-not-allowed";
  static final ZoneId ZONE = ZoneId.of("Europe/Paris");

  @Inject CouncilRepository councils;
  @Inject MemberRepository members;
  @Inject Caller caller;

  Clock clock = Clock.systemUTC();

  Instant now() {
    return clock.instant();
  }

  LocalDate today() {
    return LocalDate.ofInstant(now(), ZONE);
  }

  Council council() {
    return councils.find().orElseThrow(() -> ProblemException.notFound("The council is not set up yet"));
  }

  /** The council, if the tenant has set it up. */
  Optional<Council> councilIfSetUp() {
    return councils.find();
  }

  Council lockedCouncil() {
    return councils.lock().orElseThrow(() -> ProblemException.notFound("The council is not set up yet"));
  }

  /** The caller's sitting mandate, or 403: only members of the council take part. */
  CouncilMember sittingCaller() {
    String subject = caller.subject().orElseThrow(() -> ProblemException.forbidden("Sign in first"));
    return members.bySubject(subject).stream().filter(m -> m.sitsOn(today())).findFirst()
        .orElseThrow(() -> new ProblemException(403, "urn:parvis:problem:council-members-only",
            "Forbidden", "Only sitting members of the council do this"));
  }

  /** Runs a step of the domain; a refusal becomes a 409 problem naming the reason. */
  static <T> T step(Supplier<T> action) {
    try {
      return action.get();
    } catch (CouncilException e) {
      throw ProblemException.conflict(NOT_ALLOWED, e.getMessage());
    }
  }

  static void step(Runnable action) {
    step(() -> {
      action.run();
      return null;
    });
  }
}
