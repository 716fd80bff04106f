package org.parvis.modules.budget.interfaces.web;

import static org.parvis.spi.web.Html.escape;

import java.time.ZoneId;
import org.parvis.modules.budget.application.BudgetMessages;
import org.parvis.modules.budget.application.ResultsCalculation.EditionResults;
import org.parvis.modules.budget.application.ResultsCalculation.EnvelopeResult;
import org.parvis.modules.budget.application.ResultsCalculation.ProjectResult;
import org.parvis.spi.i18n.LocalTimes;

/** The results page: per envelope a table, the SVG chart, and greedy vs equal shares. */
final class ResultsHtml {

  private ResultsHtml() {}

  static String of(EditionResults results, BudgetMessages m, String language, ZoneId zone) {
    StringBuilder html = new StringBuilder();
    html.append("<p>").append(escape(m.get("budget.results.rule", results.edition().allocationRule())))
        .append("</p><p>").append(TimedText.of(at -> m.get("budget.results.countedAt", at),
            LocalTimes.dateTimeHtml(results.countedAt(), zone, m.locale())));
    if (results.recounts() > 0) {
      html.append(" — ").append(escape(m.get("budget.results.recounted", results.recounts())));
    }
    html.append("</p>");
    html.append("<figure>").append(ResultsChart.svg(results.envelopes(), language))
        .append("<figcaption>").append(escape(m.get("budget.results.chart")))
        .append("</figcaption></figure>");
    for (EnvelopeResult e : results.envelopes()) {
      html.append("<section><h2>").append(escape(e.name())).append("</h2><p>")
          .append(escape(m.get("budget.results.ballots", e.ballots()))).append(" — ")
          .append(escape(m.get("budget.results.spent", e.spent(), e.amount()))).append("</p>")
          .append("<table><caption>").append(escape(m.get("budget.results.comparison")))
          .append("</caption><thead><tr><th scope=\"col\">").append(escape(m.get("budget.results.project")))
          .append("</th><th scope=\"col\">").append(escape(m.get("budget.results.votes")))
          .append("</th><th scope=\"col\">€</th><th scope=\"col\">")
          .append(escape(m.get("budget.results.funded"))).append("</th><th scope=\"col\">")
          .append(escape(m.get("budget.results.greedy"))).append("</th><th scope=\"col\">")
          .append(escape(m.get("budget.results.equalShares"))).append("</th></tr></thead><tbody>");
      for (ProjectResult p : e.projects()) {
        html.append("<tr><th scope=\"row\">").append(escape(p.title())).append("</th><td>")
            .append(p.votes()).append("</td><td>").append(p.cost()).append("</td><td>")
            .append(yesNo(m, p.funded())).append("</td><td>").append(yesNo(m, p.fundedByGreedy()))
            .append("</td><td>").append(yesNo(m, p.fundedByEqualShares())).append("</td></tr>");
      }
      html.append("</tbody><tfoot><tr><th scope=\"row\">Σ</th><td></td><td></td><td>").append(e.spent())
          .append("</td><td>").append(e.greedySpent()).append("</td><td>").append(e.equalSharesSpent())
          .append("</td></tr></tfoot></table></section>");
    }
    return html.toString();
  }

  private static String yesNo(BudgetMessages m, boolean value) {
    return escape(m.get(value ? "budget.yes" : "budget.no"));
  }
}
