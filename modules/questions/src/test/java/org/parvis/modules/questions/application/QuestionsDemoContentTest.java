package org.parvis.modules.questions.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parvis.modules.questions.QuestionsModule;
import org.parvis.modules.questions.domain.AnswerFacts;
import org.parvis.modules.questions.domain.CouncilSession;
import org.parvis.modules.questions.domain.ElectedOfficial;
import org.parvis.modules.questions.domain.Question;
import org.parvis.modules.questions.domain.QuestionRepository;
import org.parvis.modules.questions.domain.QuestionStatus;
import org.parvis.modules.questions.domain.QuestionSupport;
import org.parvis.spi.demo.DemoPerson;
import org.parvis.spi.demo.DemoTenant;
import org.parvis.spi.tenant.TenantKind;
import org.parvis.spi.tenant.TenantRef;

class QuestionsDemoContentTest {

  static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

  @Test
  void grenobleGetsOfficialsSessionsAndQuestionsInEveryState() {
    var repository = new InMemory();
    var demo = new QuestionsDemoContent();
    demo.questions = repository;
    demo.settings = (module, key) -> Map.of(QuestionsModule.THRESHOLD, "50", QuestionsModule.COLLECTION_DAYS, "60",
        QuestionsModule.ANSWER_DEADLINE_DAYS, "60").get(key);
    var tenant = new TenantRef(UUID.randomUUID(), "grenoble", TenantKind.COMMUNE, "Ville de Grenoble",
        Locale.FRENCH, ZoneId.of("Europe/Paris"));
    demo.load(new DemoTenant(tenant, Path.of("tenants"), NOW, List.of(
        new DemoPerson(UUID.randomUUID(), "Camille Durand", true),
        new DemoPerson(UUID.randomUUID(), "Léo Martin", false))));

    assertEquals(5, repository.officials.size());
    assertEquals(2, repository.sessions.size());
    assertTrue(repository.sessions.get(0).isPast(NOW) != repository.sessions.get(1).isPast(NOW),
        "one session past, one to come");
    Set<QuestionStatus> states = repository.questions.stream().map(q -> q.statusAt(NOW))
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(QuestionStatus.class)));
    assertEquals(EnumSet.allOf(QuestionStatus.class), states, "every state is shown");
    assertEquals(1, repository.questions.stream().filter(q -> q.isOverdue(NOW, Duration.ofDays(60))).count());
    Question answered = repository.questions.stream().filter(q -> q.status() == QuestionStatus.ANSWERED)
        .findFirst().orElseThrow();
    assertTrue(answered.videoLink().orElseThrow().endsWith("#t=2730"));
    assertEquals(50, repository.supports(answered.id()));
    assertTrue(AnswerFacts.of(repository.questions, NOW, Duration.ofDays(60)).medianDaysToAnswer().isPresent());
    assertTrue(repository.supportKeys.stream().allMatch(k -> k.matches("[0-9a-f]{64}")), "keys fit person_key");
  }

  /** The repository as a list, enough for the demo's writes. */
  static final class InMemory implements QuestionRepository {
    final List<Question> questions = new ArrayList<>();
    final List<ElectedOfficial> officials = new ArrayList<>();
    final List<CouncilSession> sessions = new ArrayList<>();
    final List<UUID> supported = new ArrayList<>();
    final List<String> supportKeys = new ArrayList<>();

    @Override public Optional<Question> byId(UUID id) {
      return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }
    @Override public Optional<Question> lockById(UUID id) { return byId(id); }
    @Override public List<Question> withStatus(Collection<QuestionStatus> s, Optional<UUID> o) { return questions; }
    @Override public List<Question> addressedTo(Optional<UUID> official) { return questions; }
    @Override public List<Question> onAgendaOf(UUID session) { return List.of(); }
    @Override public List<Question> askedBy(String askerKey) { return List.of(); }
    @Override public void add(Question question) { questions.add(question); }
    @Override public boolean hasSupported(UUID question, String personKey) { return false; }
    @Override public void add(QuestionSupport support) {
      supportKeys.add(support.personKey());
      supported.add(support.questionId());
    }
    @Override public boolean removeSupport(UUID question, String personKey) { return false; }
    @Override public long supports(UUID question) { return supported.stream().filter(question::equals).count(); }
    @Override public List<String> supporterEmails(UUID question) { return List.of(); }
    @Override public void forgetSupporterEmails(UUID question) {}
    @Override public Optional<ElectedOfficial> official(UUID id) { return Optional.empty(); }
    @Override public List<ElectedOfficial> officials() { return officials; }
    @Override public void add(ElectedOfficial official) { officials.add(official); }
    @Override public Optional<CouncilSession> session(UUID id) { return Optional.empty(); }
    @Override public List<CouncilSession> sessions() { return sessions; }
    @Override public void add(CouncilSession session) { sessions.add(session); }
  }
}
