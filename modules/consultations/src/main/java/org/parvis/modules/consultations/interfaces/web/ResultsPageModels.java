package org.parvis.modules.consultations.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parvis.majorityjudgment.RankedOption;
import org.parvis.modules.consultations.application.ConsultationResults;
import org.parvis.modules.consultations.application.ConsultationResults.QuestionResult;
import org.parvis.modules.consultations.domain.Answer;
import org.parvis.modules.consultations.domain.Consultation;
import org.parvis.modules.consultations.domain.Question;
import org.parvis.modules.consultations.domain.QuestionType;
import org.parvis.modules.consultations.domain.Tally;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.web.Markup;

/** The view model of a consultation's results page: per question a chart and the same numbers in a table. */
@RequestScoped
public class ResultsPageModels {

  @Inject ConsultationResults results;

  /** A row of a question's table: what, how many, which share of those who answered. */
  public record Row(String label, String count, String share) {}

  /** A grid's option: its rank, majority grade and how many gave each grade (best first). */
  public record GridRow(long rank, String label, String majorityGrade, List<String> counts) {}

  /**
   * One question's results; {@code kind}: {@code counts} (chart and table), {@code grid}, {@code texts}, {@code
   * points}.
   */
  public record QuestionResults(String id, String label, String kind, String respondents, String valueHeading,
      Markup chart, List<Row> rows, List<String> grades, List<GridRow> grid, List<String> texts, String unpublished,
      List<String> points) {}

  public record Page(String id, String title, String participations, List<QuestionResults> questions) {}

  public Page page(Consultation consultation, Texts t) {
    ConsultationResults.Results counted = results.of(consultation);
    List<QuestionResults> questions = new ArrayList<>();
    for (QuestionResult result : counted.questions()) {
      questions.add(question(result, t));
    }
    return new Page(consultation.id().toString(), consultation.title(),
        t.get("results.participations", counted.participations()), questions);
  }

  static QuestionResults question(QuestionResult result, Texts t) {
    Question q = result.question();
    Tally tally = result.tally();
    String respondents = t.get("results.respondents", tally.respondents());
    String chartId = "chart-" + q.id();
    List<Row> rows = new ArrayList<>();
    List<BarChart.Bar> bars = new ArrayList<>();
    switch (q.type()) {
      case SINGLE_CHOICE, MULTIPLE_CHOICE, SCALE, RANKING -> {
        boolean ranking = q.type() == QuestionType.RANKING;
        Map<String, Long> numbers = ranking ? tally.rankPoints() : tally.counts();
        for (Map.Entry<String, Long> entry : numbers.entrySet()) {
          String label = q.type() == QuestionType.SCALE ? entry.getKey()
              : q.option(entry.getKey()).map(o -> o.label()).orElse(entry.getKey());
          String share = ranking ? "" : percent(entry.getValue(), tally.respondents(), t.locale());
          String count = NumberFormat.getIntegerInstance(t.locale()).format(entry.getValue());
          rows.add(new Row(label, count, share));
          bars.add(new BarChart.Bar(label, entry.getValue(), ranking ? count : count + " (" + share + ")"));
        }
        Markup chart = new Markup(BarChart.svg(chartId, q.label(), t.get(ranking ? "results.chart.ranking"
            : "results.chart.counts"), bars));
        return new QuestionResults(q.id(), q.label(), "counts", respondents,
            t.get(ranking ? "results.points" : "results.answers"), chart, rows, List.of(), List.of(), List.of(), "",
            List.of());
      }
      case GRID -> {
        List<GridRow> grid = new ArrayList<>();
        int size = q.grades().size();
        for (RankedOption option : tally.grid().ranking()) {
          List<String> counts = new ArrayList<>();
          for (int i = 0; i < size; i++) {
            counts.add(NumberFormat.getIntegerInstance(t.locale()).format(option.profile().count(size - 1 - i)));
          }
          grid.add(new GridRow(option.rank(), q.option(option.option()).map(o -> o.label()).orElse(option.option()),
              option.majorityGrade().map(g -> q.grades().get(size - 1 - g)).orElse("—"), counts));
        }
        return new QuestionResults(q.id(), q.label(), "grid", respondents, "", null, List.of(), q.grades(), grid,
            List.of(), "", List.of());
      }
      case SHORT_TEXT, LONG_TEXT -> {
        long unpublished = tally.texts().size() - result.publishedTexts().size();
        return new QuestionResults(q.id(), q.label(), "texts", respondents, "", null, List.of(), List.of(),
            List.of(), result.publishedTexts(), unpublished > 0 ? t.get("results.unpublished", unpublished) : "",
            List.of());
      }
      default -> {
        List<String> points = new ArrayList<>();
        for (Answer.Point p : tally.points()) {
          points.add(String.format(Locale.ROOT, "%.5f, %.5f", p.latitude(), p.longitude()));
        }
        return new QuestionResults(q.id(), q.label(), "points", respondents, "", null, List.of(), List.of(),
            List.of(), List.of(), "", points);
      }
    }
  }

  private static String percent(long part, long whole, Locale locale) {
    NumberFormat format = NumberFormat.getPercentInstance(locale);
    return format.format(whole == 0 ? 0 : (double) part / whole);
  }
}
