package org.parvis.modules.questions.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.parvis.modules.questions.domain.CouncilSession;
import org.parvis.modules.questions.domain.ElectedOfficial;
import org.parvis.modules.questions.domain.Question;
import org.parvis.modules.questions.domain.QuestionRepository;
import org.parvis.modules.questions.domain.QuestionStatus;
import org.parvis.modules.questions.domain.QuestionSupport;

@ApplicationScoped
public class JpaQuestionRepository implements QuestionRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Question> byId(UUID id) {
    return em.createQuery("select q from QuestionsQuestion q where q.id = :id", Question.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Question> lockById(UUID id) {
    return em.createQuery("select q from QuestionsQuestion q where q.id = :id", Question.class)
        .setParameter("id", id)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Question> withStatus(Collection<QuestionStatus> statuses, Optional<UUID> official) {
    TypedQuery<Question> query = em.createQuery("select q from QuestionsQuestion q where q.status in :s"
        + (official.isPresent() ? " and q.officialId = :o" : "") + " order by q.submittedAt desc", Question.class);
    query.setParameter("s", statuses);
    official.ifPresent(o -> query.setParameter("o", o));
    return query.getResultList();
  }

  @Override
  public List<Question> addressedTo(Optional<UUID> official) {
    return official
        .map(o -> em.createQuery("select q from QuestionsQuestion q where q.officialId = :o", Question.class)
            .setParameter("o", o))
        .orElseGet(() -> em.createQuery("select q from QuestionsQuestion q where q.officialId is null",
            Question.class))
        .getResultList();
  }

  @Override
  public List<Question> onAgendaOf(UUID session) {
    return em.createQuery("select q from QuestionsQuestion q where q.sessionId = :s order by q.selectedAt",
            Question.class)
        .setParameter("s", session)
        .getResultList();
  }

  @Override
  public List<Question> askedBy(String askerKey) {
    return em.createQuery("select q from QuestionsQuestion q where q.askerKey = :k order by q.submittedAt desc",
            Question.class)
        .setParameter("k", askerKey)
        .getResultList();
  }

  @Override
  public void add(Question question) {
    em.persist(question);
  }

  @Override
  public boolean hasSupported(UUID question, String personKey) {
    return !em.createQuery("select s.id from QuestionSupport s where s.questionId = :q and s.personKey = :k",
            UUID.class)
        .setParameter("q", question)
        .setParameter("k", personKey)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public void add(QuestionSupport support) {
    em.persist(support);
    em.flush();
  }

  @Override
  public boolean removeSupport(UUID question, String personKey) {
    return em.createQuery("delete from QuestionSupport s where s.questionId = :q and s.personKey = :k")
        .setParameter("q", question)
        .setParameter("k", personKey)
        .executeUpdate() > 0;
  }

  @Override
  public long supports(UUID question) {
    return em.createQuery("select count(s) from QuestionSupport s where s.questionId = :q", Long.class)
        .setParameter("q", question)
        .getSingleResult();
  }

  @Override
  public List<String> supporterEmails(UUID question) {
    return em.createQuery("select distinct s.email from QuestionSupport s"
            + " where s.questionId = :q and s.email is not null order by s.email", String.class)
        .setParameter("q", question)
        .getResultList();
  }

  @Override
  public void forgetSupporterEmails(UUID question) {
    em.createQuery("update QuestionSupport s set s.email = null where s.questionId = :q")
        .setParameter("q", question)
        .executeUpdate();
  }

  @Override
  public Optional<ElectedOfficial> official(UUID id) {
    return em.createQuery("select o from ElectedOfficial o where o.id = :id", ElectedOfficial.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<ElectedOfficial> officials() {
    return em.createQuery("select o from ElectedOfficial o order by o.function, o.name", ElectedOfficial.class)
        .getResultList();
  }

  @Override
  public void add(ElectedOfficial official) {
    em.persist(official);
  }

  @Override
  public Optional<CouncilSession> session(UUID id) {
    return em.createQuery("select s from CouncilSession s where s.id = :id", CouncilSession.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<CouncilSession> sessions() {
    return em.createQuery("select s from CouncilSession s order by s.startsAt", CouncilSession.class)
        .getResultList();
  }

  @Override
  public void add(CouncilSession session) {
    em.persist(session);
  }
}
