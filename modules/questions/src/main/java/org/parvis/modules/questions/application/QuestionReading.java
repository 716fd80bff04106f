package org.parvis.modules.questions.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.parvis.modules.questions.QuestionsModule;
import org.parvis.modules.questions.domain.AnswerFacts;
import org.parvis.modules.questions.domain.CouncilSession;
import org.parvis.modules.questions.domain.ElectedOfficial;
import org.parvis.modules.questions.domain.Question;
import org.parvis.modules.questions.domain.QuestionRepository;
import org.parvis.modules.questions.domain.QuestionStatus;
import org.parvis.spi.module.ModuleSettings;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.Caller;
import org.parvis.spi.security.PersonKeys;
import org.parvis.spi.security.TenantRole;

/**
 * Reading questions: public ones for everybody; a submitted question only for its asker and the moderators (for
 * anyone else it does not exist: 404). The officials' directory, the sessions and the facts are public.
 */
@ApplicationScoped
@Transactional
public class QuestionReading {

  /** The statuses stored for public questions ({@code EXPIRED} is read from {@code PUBLISHED}). */
  static final EnumSet<QuestionStatus> STORED_PUBLIC = EnumSet.of(QuestionStatus.REJECTED, QuestionStatus.MERGED,
      QuestionStatus.PUBLISHED, QuestionStatus.SELECTED, QuestionStatus.SCHEDULED, QuestionStatus.ANSWERED);

  @Inject QuestionRepository questions;
  @Inject ModuleSettings settings;
  @Inject PersonKeys personKeys;
  @Inject Caller caller;

  /** Public questions, filtered by their status as seen now and by the official asked (newest first). */
  public List<Question> publicQuestions(Optional<QuestionStatus> status, Optional<UUID> official) {
    Instant now = now();
    return questions.withStatus(STORED_PUBLIC, official).stream()
        .filter(q -> status.isEmpty() || q.statusAt(now) == status.get())
        .toList();
  }

  public List<Question> awaitingModeration() {
    return questions.withStatus(EnumSet.of(QuestionStatus.SUBMITTED), Optional.empty());
  }

  /** Questions the council's staff follow: selected, scheduled, and published ones they may select. */
  public List<Question> awaitingAnswer() {
    return questions.withStatus(EnumSet.of(QuestionStatus.PUBLISHED, QuestionStatus.SELECTED,
        QuestionStatus.SCHEDULED), Optional.empty());
  }

  public Question visible(UUID id) {
    return questions.byId(id).filter(this::canSee).orElseThrow(() -> QuestionProblems.notFound(id));
  }

  public long supports(UUID id) {
    return questions.supports(id);
  }

  /** Whether the caller asked this question. */
  public boolean askedByCaller(Question question) {
    return caller.verifiedResidentId().flatMap(personKeys::ofResident).filter(question.askerKey()::equals)
        .isPresent();
  }

  public List<ElectedOfficial> officials() {
    return questions.officials();
  }

  public ElectedOfficial official(UUID id) {
    return questions.official(id).orElseThrow(() -> ProblemException.notFound("No official " + id));
  }

  public Optional<ElectedOfficial> addressee(Question question) {
    return question.officialId().flatMap(questions::official);
  }

  public List<CouncilSession> sessions() {
    return questions.sessions();
  }

  public Optional<CouncilSession> session(UUID id) {
    return questions.session(id);
  }

  public List<Question> agendaOf(UUID session) {
    return questions.onAgendaOf(session);
  }

  /** The facts of the questions addressed to {@code official}, or to the council as a whole. */
  public AnswerFacts facts(Optional<UUID> official) {
    return AnswerFacts.of(questions.addressedTo(official), now(), deadline());
  }

  /** Whether the question's answer is overdue now. */
  public boolean isOverdue(Question question) {
    return question.isOverdue(now(), deadline());
  }

  public Duration deadline() {
    return Duration.ofDays(settings.getLong(QuestionsModule.ID, QuestionsModule.ANSWER_DEADLINE_DAYS));
  }

  public Instant now() {
    return Clock.systemUTC().instant();
  }

  private boolean canSee(Question question) {
    return question.status().isPublic() || isModerator() || askedByCaller(question);
  }

  private boolean isModerator() {
    var roles = caller.tenantRoles();
    return roles.contains(TenantRole.ADMIN) || roles.contains(TenantRole.MODERATOR);
  }
}
