package org.parvis.modules.questions.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.parvis.modules.questions.application.QuestionReading;
import org.parvis.modules.questions.domain.ElectedOfficial;
import org.parvis.modules.questions.domain.OfficialFunction;
import org.parvis.modules.questions.domain.Question;
import org.parvis.modules.questions.domain.QuestionStatus;
import org.parvis.modules.questions.interfaces.web.QuestionPageModels.Option;
import org.parvis.spi.i18n.LocalTimes;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.tenant.CurrentTenant;
import org.parvis.spi.web.Form;

/** The view models of the moderation queue and of the council office's page, in the page's language. */
@RequestScoped
public class AdministrationPageModels {

  @Inject QuestionReading reading;
  @Inject QuestionPageModels pages;
  @Inject CurrentTenant tenant;

  /** A submitted question in the moderation queue; {@code reasonField} names its reason's field. */
  public record Pending(UUID id, String title, String addressee, String submitted, List<String> paragraphs,
      String reasonField, String reason, List<Option> mergeTargets) {}

  /** A question the council office follows, with the steps its status allows. */
  public record Followed(UUID id, String title, String addressee, String status, String supports, boolean overdue,
      String agenda, boolean selectable, boolean schedulable, List<Option> sessions, String answerField,
      String answer, String dayField, String day, String videoField, String video, String secondsField,
      String seconds) {}

  /** An official of the directory. */
  public record OfficialRow(UUID id, String name, String function, String delegations, String term) {}

  /** A session of the calendar. */
  public record SessionRow(UUID id, String when, String place, long questions) {}

  public List<Pending> pending(Texts t, Form form) {
    List<Option> targets = new ArrayList<>();
    for (Question q : reading.publicQuestions(java.util.Optional.empty(), java.util.Optional.empty())) {
      QuestionStatus status = q.status();
      if (status != QuestionStatus.REJECTED && status != QuestionStatus.MERGED) {
        targets.add(new Option(q.id().toString(), q.title(), false));
      }
    }
    return reading.awaitingModeration().stream().map(q -> new Pending(q.id(), q.title(),
        pages.card(q, t).addressee(), LocalTimes.dateTime(q.submittedAt(), tenant.require().zone(), t.locale()),
        QuestionPageModels.lines(q.text()), "reason-" + q.id(), form.typed("reason-" + q.id()), targets)).toList();
  }

  public List<Followed> followed(Texts t, Form form) {
    Instant now = reading.now();
    List<Option> coming = reading.sessions().stream().filter(s -> !s.isPast(now))
        .map(s -> new Option(s.id().toString(), LocalTimes.dateTime(s.startsAt(), tenant.require().zone(), t.locale())
            + " — " + s.place(), false)).toList();
    List<Followed> followed = new ArrayList<>();
    for (Question q : reading.awaitingAnswer()) {
      if (q.statusAt(now) == QuestionStatus.EXPIRED) {
        continue;
      }
      var card = pages.card(q, t);
      String agenda = q.sessionId().flatMap(reading::session)
          .map(s -> t.get("agenda", LocalTimes.dateTime(s.startsAt(), tenant.require().zone(), t.locale()), s.place()))
          .orElse(null);
      boolean due = QuestionStatus.AWAITING_ANSWER.contains(q.status());
      String id = q.id().toString();
      followed.add(new Followed(q.id(), q.title(), card.addressee(), card.status(), card.supports(), card.overdue(),
          agenda, q.status() == QuestionStatus.PUBLISHED, due, coming, "answer-" + id, form.typed("answer-" + id),
          "day-" + id, form.typed("day-" + id), "video-" + id, form.typed("video-" + id), "seconds-" + id,
          form.typed("seconds-" + id)));
    }
    return followed;
  }

  public List<OfficialRow> officials(Texts t) {
    return reading.officials().stream().map(o -> new OfficialRow(o.id(), o.name(),
        t.get("function." + o.function().name()), o.delegations(), term(o, t))).toList();
  }

  public List<SessionRow> sessions(Texts t) {
    return reading.sessions().stream().map(s -> new SessionRow(s.id(),
        LocalTimes.dateTime(s.startsAt(), tenant.require().zone(), t.locale()), s.place(),
        reading.agendaOf(s.id()).size())).toList();
  }

  public List<Option> functions(Texts t, Form form) {
    String chosen = form.typed("function");
    List<Option> options = new ArrayList<>();
    for (OfficialFunction f : OfficialFunction.values()) {
      options.add(new Option(f.name(), t.get("function." + f.name()),
          chosen.isEmpty() ? f == OfficialFunction.COUNCILLOR : f.name().equals(chosen)));
    }
    return options;
  }

  private static String term(ElectedOfficial o, Texts t) {
    return o.termEnd()
        .map(end -> t.get("term.until", LocalTimes.day(o.termStart(), t.locale()), LocalTimes.day(end, t.locale())))
        .orElseGet(() -> t.get("term.since", LocalTimes.day(o.termStart(), t.locale())));
  }
}
