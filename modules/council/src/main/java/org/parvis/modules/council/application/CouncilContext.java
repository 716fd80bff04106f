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
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.Caller;
import org.parvis.spi.tenant.CurrentTenant;

/**
 * What every use case needs: the time (the council's days are those of the tenant's time zone), the tenant's
 * council, the caller as a sitting member, and the translation of a refused step into a problem.
 */
@ApplicationScoped
public class CouncilContext {

  static final String NOT_ALLOWED = "urn:parvis:problem:council-step-not-allowed";

  @Inject CouncilRepository councils;
  @Inject MemberRepository members;
  @Inject Caller caller;
  @Inject CurrentTenant tenant;

  Clock clock = Clock.systemUTC();

  Instant now() {
    return clock.instant();
  }

  /** The tenant's time zone: its days are the council's days (deadlines, mandates, reports). */
  ZoneId zone() {
    return tenant.require().zone();
  }

  LocalDate today() {
    return LocalDate.ofInstant(now(), zone());
  }

  Council council() {
    return councils.find().orElseThrow(() -> notFound("council"));
  }

  /** The council, if the tenant has set it up. */
  Optional<Council> councilIfSetUp() {
    return councils.find();
  }

  Council lockedCouncil() {
    return councils.lock().orElseThrow(() -> notFound("council"));
  }

  /** The caller's sitting mandate, or 403: only members of the council take part. */
  CouncilMember sittingCaller() {
    String subject = caller.subject().orElseThrow(() -> ProblemException.unauthorized(text("refusal.signIn")));
    return members.bySubject(subject).stream().filter(m -> m.sitsOn(today())).findFirst()
        .orElseThrow(() -> new ProblemException(403, "urn:parvis:problem:council-members-only",
            "Forbidden", text("refusal.membersOnly")));
  }

  /** A 404 whose detail names, in the tenant's language, what is missing ({@code refusal.notFound.<what>}). */
  ProblemException notFound(String what) {
    return ProblemException.notFound(text("refusal.notFound." + what));
  }

  /** A text of the module's bundle in the tenant's language (refusals members read). */
  String text(String key, Object... arguments) {
    return Texts.of("messages.council", tenant.require().locale()).get(key, arguments);
  }

  /**
   * Runs a step of the domain; a refusal becomes a 409 problem whose detail is the reason in the
   * tenant's language.
   */
  <T> T step(Supplier<T> action) {
    try {
      return action.get();
    } catch (CouncilException e) {
      throw ProblemException.conflict(NOT_ALLOWED, e.reason(tenant.require().locale()));
    }
  }

  void step(Runnable action) {
    step(() -> {
      action.run();
      return null;
    });
  }
}
