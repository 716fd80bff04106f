package org.parvis.modules.questions.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Questions of the current tenant, their supports, the officials' directory and the council's sessions. */
public interface QuestionRepository {

  Optional<Question> byId(UUID id);

  /** The question, its row locked until the transaction ends: the supports of one question queue. */
  Optional<Question> lockById(UUID id);

  /** Questions with one of {@code statuses}, addressed to {@code official} when given, newest first. */
  List<Question> withStatus(Collection<QuestionStatus> statuses, Optional<UUID> official);

  /** Questions addressed to the council as a whole ({@code official} empty) or to one official. */
  List<Question> addressedTo(Optional<UUID> official);

  List<Question> onAgendaOf(UUID session);

  List<Question> askedBy(String askerKey);

  void add(Question question);

  boolean hasSupported(UUID question, String personKey);

  void add(QuestionSupport support);

  /** Removes the support of {@code personKey}; false when there was none. */
  boolean removeSupport(UUID question, String personKey);

  long supports(UUID question);

  /** The addresses supporters gave to hear of the answer. */
  List<String> supporterEmails(UUID question);

  /** Forgets the supporters' addresses, once the answer has been sent. */
  void forgetSupporterEmails(UUID question);

  Optional<ElectedOfficial> official(UUID id);

  List<ElectedOfficial> officials();

  void add(ElectedOfficial official);

  Optional<CouncilSession> session(UUID id);

  /** Every session, the earliest first. */
  List<CouncilSession> sessions();

  void add(CouncilSession session);
}
