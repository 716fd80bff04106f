package org.parvis.modules.consultations.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.parvis.modules.consultations.application.Answering;
import org.parvis.modules.consultations.application.Answering.Standing;
import org.parvis.modules.consultations.application.ConsultationReading;
import org.parvis.modules.consultations.domain.Answer;
import org.parvis.modules.consultations.domain.Audience;
import org.parvis.modules.consultations.domain.Consultation;
import org.parvis.modules.consultations.domain.Question;
import org.parvis.modules.consultations.domain.Questionnaire;
import org.parvis.modules.consultations.domain.Section;
import org.parvis.spi.i18n.LocalTimes;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.tenant.CurrentTenant;

/** The view models of the residents' consultation pages, in the page's language and on the tenant's clock. */
@RequestScoped
public class ConsultationPageModels {

  @Inject ConsultationReading reading;
  @Inject Answering answering;
  @Inject CurrentTenant tenant;

  /** A consultation in the list. */
  public record Card(UUID id, String title, String status, String dates) {}

  /** Consultations of one kind: {@code open}, {@code upcoming} or {@code closed}. */
  public record Group(String key, String heading, List<Card> cards) {}

  /** The list: the groups that have consultations, open ones first. */
  public record Index(List<Group> groups) {}

  /**
   * A consultation's page.
   *
   * @param standing {@code NOT_OPEN}, {@code CLOSED}, {@code SIGN_IN}, {@code VERIFY}, {@code OTHER_DISTRICT},
   *     {@code ANSWERED} or {@code MAY_ANSWER}
   */
  public record Page(UUID id, String title, String status, String dates, List<String> paragraphs, String audience,
      String anonymity, long participations, String standing, String standingText, boolean draft, boolean submitted, boolean results,
      List<String> conclusions, String conclusionsDate) {}

  /** A section of the questionnaire form. */
  public record SectionModel(String title, List<String> intro, List<QuestionModel> questions) {}

  /** The questionnaire form. */
  public record AnswerPage(UUID id, String title, String closes, boolean anonymous, boolean conditional,
      boolean submitted, List<SectionModel> sections) {}

  public Index index(Texts t) {
    Instant now = now();
    List<Card> open = new ArrayList<>();
    List<Card> upcoming = new ArrayList<>();
    List<Card> closed = new ArrayList<>();
    for (Consultation c : reading.all()) {
      Card card = new Card(c.id(), c.title(), status(c, t), dates(c, t));
      (c.isOpen(now) ? open : c.hasOpened(now) ? closed : upcoming).add(card);
    }
    List<Group> groups = new ArrayList<>();
    if (!open.isEmpty()) {
      groups.add(new Group("open", t.get("group.open"), open));
    }
    if (!upcoming.isEmpty()) {
      groups.add(new Group("upcoming", t.get("group.upcoming"), upcoming));
    }
    if (!closed.isEmpty()) {
      groups.add(new Group("closed", t.get("group.closed"), closed));
    }
    return new Index(groups);
  }

  public Page page(Consultation c, Texts t) {
    Standing standing = answering.standing(c);
    var mine = answering.mine(c);
    String audience = c.audience() == Audience.DISTRICTS
        ? t.get("audience.DISTRICTS", String.join(", ", c.districts())) : t.get("audience." + c.audience().name());
    return new Page(c.id(), c.title(), status(c, t), dates(c, t), lines(c.presentation()), audience,
        t.get(c.anonymous() ? "anonymity.anonymous" : "anonymity.named"), reading.participations(c.id()),
        standing.name(), t.get("standing." + standing.name()), mine.map(p -> !p.submitted()).orElse(false), mine.map(p -> p.submitted()).orElse(false),
        c.resultsVisible(now()), lines(c.conclusions().orElse("")),
        c.conclusionsPublishedAt().map(at -> LocalTimes.day(at, zone(), t.locale())).orElse(null));
  }

  /** The questionnaire form, showing {@code typed} (the posted fields, or a saved draft's). */
  public AnswerPage answerPage(Consultation c, Map<String, List<String>> typed, Map<String, Answer> answers,
      Texts t) {
    Questionnaire questionnaire = c.questionnaire();
    List<SectionModel> sections = new ArrayList<>();
    for (Section section : questionnaire.sections()) {
      List<QuestionModel> questions = new ArrayList<>();
      for (Question q : section.questions()) {
        if (questionnaire.shown(q, answers)) {
          questions.add(QuestionModel.of(q, typed, t));
        }
      }
      sections.add(new SectionModel(section.title(), lines(section.intro()), questions));
    }
    boolean conditional = questionnaire.questions().stream().anyMatch(q -> q.condition().isPresent());
    boolean submitted = answering.mine(c).map(p -> p.submitted()).orElse(false);
    return new AnswerPage(c.id(), c.title(), LocalTimes.dateTime(c.closesAt(), zone(), t.locale()), c.anonymous(),
        conditional, submitted, sections);
  }

  String status(Consultation c, Texts t) {
    Instant now = now();
    return t.get(c.isOpen(now) ? "status.open" : c.hasOpened(now) ? "status.closed" : "status.upcoming");
  }

  String dates(Consultation c, Texts t) {
    return t.get("dates", LocalTimes.day(c.opensAt(), zone(), t.locale()),
        LocalTimes.dateTime(c.closesAt(), zone(), t.locale()));
  }

  private ZoneId zone() {
    return tenant.require().zone();
  }

  static List<String> lines(String text) {
    return text.lines().filter(line -> !line.isBlank()).toList();
  }

  private static Instant now() {
    return Clock.systemUTC().instant();
  }
}
