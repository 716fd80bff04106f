package org.parvis.modules.consultations.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.parvis.modules.consultations.application.ConsultationReading;
import org.parvis.modules.consultations.application.ConsultationResults;
import org.parvis.modules.consultations.domain.Audience;
import org.parvis.modules.consultations.domain.Consultation;
import org.parvis.modules.consultations.domain.Option;
import org.parvis.modules.consultations.domain.Question;
import org.parvis.modules.consultations.domain.QuestionType;
import org.parvis.modules.consultations.domain.Section;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.tenant.CurrentTenant;

/** The view models of the consultations' administration pages. */
@RequestScoped
public class AdminPageModels {

  @Inject ConsultationReading reading;
  @Inject ConsultationResults results;
  @Inject ConsultationPageModels pages;
  @Inject CurrentTenant tenant;

  public record Row(UUID id, String title, String status, String dates, long participations) {}

  /** A radio button or an item of a select: its value and label. */
  public record Choice(String id, String value, String label) {}

  public record Editor(String action, String submit, String zone, List<Choice> audiences) {}

  public record QuestionRow(String id, String label, String type, String details, boolean first, boolean last) {}

  public record SectionRow(String title, List<QuestionRow> questions) {}

  public record Detail(UUID id, String title, String status, String dates, String audience, String anonymity,
      long participations, boolean editable, boolean open, boolean closed, List<SectionRow> sections,
      List<Choice> types, List<Choice> conditions, String lastSection, String conclusions) {}

  public record TextRow(UUID participation, String question, String questionLabel, String text, String status,
      String id) {}

  public List<Row> rows(Texts t) {
    return reading.all().stream().map(c -> new Row(c.id(), c.title(), pages.status(c, t), pages.dates(c, t),
        reading.participations(c.id()))).toList();
  }

  public Editor editor(Consultation c, Texts t) {
    List<Choice> audiences = new ArrayList<>();
    for (Audience a : Audience.values()) {
      audiences.add(new Choice("audience-" + a.name(), a.name(), t.get("admin.audience." + a.name())));
    }
    return new Editor(c == null ? "/consultations/administration/new"
        : "/consultations/administration/" + c.id() + "/edit", t.get(c == null ? "admin.create" : "admin.save"),
        tenant.require().zone().getId(), audiences);
  }

  public Detail detail(Consultation c, Texts t) {
    Instant now = Clock.systemUTC().instant();
    var page = pages.page(c, t);
    List<SectionRow> sections = new ArrayList<>();
    List<Question> all = c.questionnaire().questions();
    List<Choice> conditions = new ArrayList<>();
    for (Section section : c.questionnaire().sections()) {
      List<QuestionRow> rows = new ArrayList<>();
      for (Question q : section.questions()) {
        String details = q.options().stream().map(Option::label).reduce((a, b) -> a + " · " + b).orElse("");
        if (q.condition().isPresent()) {
          var cond = q.condition().get();
          String on = c.questionnaire().question(cond.question()).map(Question::label).orElse(cond.question());
          String option = c.questionnaire().question(cond.question()).flatMap(x -> x.option(cond.option()))
              .map(Option::label).orElse(cond.option());
          details = (details.isEmpty() ? "" : details + " — ") + t.get("admin.shownIf", on, option);
        }
        if (q.required()) {
          details = (details.isEmpty() ? "" : details + " — ") + t.get("admin.required");
        }
        rows.add(new QuestionRow(q.id(), q.label(), t.get("admin.type." + q.type().name()), details,
            q == all.get(0), q == all.get(all.size() - 1)));
        if (q.type() == QuestionType.SINGLE_CHOICE || q.type() == QuestionType.MULTIPLE_CHOICE) {
          for (Option o : q.options()) {
            conditions.add(new Choice("", q.id() + "/" + o.id(), q.label() + " : " + o.label()));
          }
        }
      }
      sections.add(new SectionRow(section.title(), rows));
    }
    List<Choice> types = new ArrayList<>();
    for (QuestionType type : QuestionType.values()) {
      types.add(new Choice("type-" + type.name(), type.name(), t.get("admin.type." + type.name())));
    }
    List<Section> list = c.questionnaire().sections();
    String lastSection = list.isEmpty() ? t.get("admin.firstSection") : list.get(list.size() - 1).title();
    return new Detail(c.id(), c.title(), page.status(), page.dates(), page.audience(), page.anonymity(),
        page.participations(), !c.hasOpened(now), c.isOpen(now), c.isClosed(now), sections, types, conditions,
        lastSection, c.conclusions().orElse(""));
  }

  public List<TextRow> texts(Consultation c, Texts t) {
    List<TextRow> rows = new ArrayList<>();
    int n = 0;
    for (ConsultationResults.ReviewedText text : results.texts(c)) {
      String status = t.get(text.published() == null ? "admin.text.pending"
          : text.published() ? "admin.text.published" : "admin.text.setAside");
      rows.add(new TextRow(text.participationId(), text.questionId(), text.question(), text.text(), status,
          "text-" + (++n)));
    }
    return rows;
  }
}
