package org.parvis.modules.questions.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.parvis.modules.questions.application.QuestionReading;
import org.parvis.modules.questions.application.QuestionSupporting;
import org.parvis.modules.questions.domain.AnswerFacts;
import org.parvis.modules.questions.domain.CouncilSession;
import org.parvis.modules.questions.domain.ElectedOfficial;
import org.parvis.modules.questions.domain.Question;
import org.parvis.modules.questions.domain.QuestionStatus;
import org.parvis.spi.i18n.LocalTimes;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.security.Caller;
import org.parvis.spi.tenant.CurrentTenant;

/** The view models of the residents' question pages, in the page's language and on the tenant's clocks. */
@RequestScoped
public class QuestionPageModels {

  @Inject QuestionReading reading;
  @Inject QuestionSupporting supporting;
  @Inject Caller caller;
  @Inject CurrentTenant tenant;

  /** The state of the support part of a question's page for this visitor. */
  public enum Supporting { SIGN_IN, VERIFY, SUPPORTED, SUPPORT }

  /** A choice of a select. */
  public record Option(String value, String label, boolean selected) {}

  /** A question in a list. */
  public record Card(UUID id, String title, String addressee, String status, String supports, boolean overdue) {}

  /** Supports gathered towards the threshold ({@code goal} 0 when there is none yet). */
  public record Progress(long count, long goal, String counter) {
    public long reached() {
      return Math.min(count, goal);
    }
  }

  /** Where and when the question is put to the council. */
  public record Agenda(String when, String whenIso, String place) {}

  /** The published answer. */
  public record Answer(String day, List<String> paragraphs, String videoLink) {}

  /** A question's page. */
  public record Page(UUID id, String title, String addressee, UUID officialId, String status, String asked,
      List<String> paragraphs, Progress progress, boolean collecting, String collectionEnds, String rejection,
      UUID mergedInto, Agenda agenda, Answer answer, boolean overdue, boolean awaitingModeration) {}

  /** Facts of an official's or the council's record. */
  public record Facts(long received, long answered, long overdue, String median) {}

  /** An official in the directory. */
  public record OfficialCard(UUID id, String name, String function, String delegations) {}

  /** An official's public page. */
  public record OfficialPage(UUID id, String name, String function, String delegations, String term, Facts facts,
      List<Card> questions) {}

  /** A session in the council's calendar, with its agenda. */
  public record SessionCard(UUID id, String when, String whenIso, String place, List<Card> agenda) {}

  public List<Card> cards(List<Question> questions, Texts t) {
    return questions.stream().map(q -> card(q, t)).toList();
  }

  public Card card(Question q, Texts t) {
    return new Card(q.id(), q.title(), addressee(q, t), t.get("status." + q.statusAt(now()).name()),
        progress(q, t).counter(), reading.isOverdue(q));
  }

  public List<Option> statusOptions(Optional<QuestionStatus> chosen, Texts t) {
    List<Option> options = new ArrayList<>();
    options.add(new Option("", t.get("filter.anyStatus"), chosen.isEmpty()));
    for (QuestionStatus status : QuestionStatus.PUBLIC) {
      options.add(new Option(status.name(), t.get("filter.status." + status.name()),
          chosen.equals(Optional.of(status))));
    }
    return options;
  }

  /**
   * The addressees to choose from — the council, then the officials ({@code inOfficeOnly} to ask) — each named
   * short ("Élisa Martin (adjoint·e)") so that the select fits a 390 px phone.
   */
  public List<Option> addresseeOptions(String chosen, boolean inOfficeOnly, String councilLabel, Texts t) {
    List<Option> options = new ArrayList<>();
    options.add(new Option("", councilLabel, chosen == null || chosen.isEmpty()));
    LocalDate today = LocalDate.now(tenant.require().zone());
    for (ElectedOfficial o : reading.officials()) {
      if (!inOfficeOnly || o.inOffice(today)) {
        options.add(new Option(o.id().toString(), t.get("option.official", o.name(),
            t.get("functionShort." + o.function().name())), o.id().toString().equals(chosen)));
      }
    }
    return options;
  }

  public Page page(Question q, Texts t) {
    Instant now = now();
    QuestionStatus status = q.statusAt(now);
    boolean collecting = q.isOpenForSupport(now);
    Agenda agenda = q.sessionId().flatMap(reading::session).map(s -> agenda(s, t)).orElse(null);
    Answer answer = q.answer().map(text -> new Answer(LocalTimes.day(q.answeredOn().orElseThrow(), t.locale()),
        lines(text), q.videoLink().orElse(null))).orElse(null);
    return new Page(q.id(), q.title(), addressee(q, t), q.officialId().orElse(null), t.get("status." + status.name()),
        LocalTimes.day(q.publishedAt().orElse(q.submittedAt()), zone(), t.locale()), lines(q.text()),
        progress(q, t), collecting,
        collecting ? q.collectionEndsAt().map(c -> LocalTimes.day(c, zone(), t.locale())).orElse(null) : null,
        q.rejectionReason().orElse(null), q.mergedInto().orElse(null), agenda, answer, reading.isOverdue(q),
        status == QuestionStatus.SUBMITTED);
  }

  public Supporting supporting(Question q) {
    if (caller.subject().isEmpty()) {
      return Supporting.SIGN_IN;
    }
    Optional<UUID> resident = caller.verifiedResidentId();
    if (resident.isEmpty()) {
      return Supporting.VERIFY;
    }
    return supporting.hasSupported(q.id(), resident.get()) ? Supporting.SUPPORTED : Supporting.SUPPORT;
  }

  public OfficialPage official(ElectedOfficial o, Texts t) {
    String term = o.termEnd()
        .map(end -> t.get("term.until", LocalTimes.day(o.termStart(), t.locale()), LocalTimes.day(end, t.locale())))
        .orElseGet(() -> t.get("term.since", LocalTimes.day(o.termStart(), t.locale())));
    List<Card> questions = cards(reading.publicQuestions(Optional.empty(), Optional.of(o.id())), t);
    return new OfficialPage(o.id(), o.name(), t.get("function." + o.function().name()), o.delegations(), term,
        facts(reading.facts(Optional.of(o.id())), t), questions);
  }

  public List<OfficialCard> officials(Texts t) {
    LocalDate today = LocalDate.now(tenant.require().zone());
    return reading.officials().stream().filter(o -> o.inOffice(today))
        .map(o -> new OfficialCard(o.id(), o.name(), t.get("function." + o.function().name()), o.delegations()))
        .toList();
  }

  public Facts facts(AnswerFacts facts, Texts t) {
    String median = facts.medianDaysToAnswer().isPresent()
        ? t.get("facts.days", facts.medianDaysToAnswer().getAsDouble()) : t.get("facts.noMedian");
    return new Facts(facts.received(), facts.answered(), facts.overdue(), median);
  }

  /** The sessions to come, the earliest first, each with its agenda. */
  public List<SessionCard> comingSessions(Texts t) {
    Instant now = now();
    return reading.sessions().stream().filter(s -> !s.isPast(now)).map(s -> session(s, t)).toList();
  }

  /** The past sessions, the latest first. */
  public List<SessionCard> pastSessions(Texts t) {
    Instant now = now();
    return reading.sessions().stream().filter(s -> s.isPast(now)).map(s -> session(s, t))
        .sorted((a, b) -> b.whenIso().compareTo(a.whenIso())).toList();
  }

  private SessionCard session(CouncilSession s, Texts t) {
    Agenda agenda = agenda(s, t);
    return new SessionCard(s.id(), agenda.when(), agenda.whenIso(), s.place(), cards(reading.agendaOf(s.id()), t));
  }

  private Agenda agenda(CouncilSession s, Texts t) {
    return new Agenda(LocalTimes.dateTime(s.startsAt(), zone(), t.locale()), s.startsAt().toString(), s.place());
  }

  private String addressee(Question q, Texts t) {
    return reading.addressee(q).map(ElectedOfficial::name).orElseGet(() -> t.get("council"));
  }

  private Progress progress(Question q, Texts t) {
    long count = reading.supports(q.id());
    long goal = q.threshold().orElse(0L);
    String counter = goal > 0 ? t.get("supports", count, goal) : t.get("supportsNoGoal", count);
    return new Progress(count, goal, counter);
  }

  private java.time.ZoneId zone() {
    return tenant.require().zone();
  }

  private Instant now() {
    return reading.now();
  }

  static List<String> lines(String text) {
    return text.lines().filter(line -> !line.isBlank()).toList();
  }
}
