package org.parvis.modules.budget.interfaces.web;

import java.util.List;
import org.parvis.modules.budget.application.BudgetMessages;
import org.parvis.modules.budget.application.ResultsCalculation.EnvelopeResult;
import org.parvis.modules.budget.application.ResultsCalculation.ProjectResult;
import org.parvis.spi.web.Html;

/**
 * A server-drawn SVG bar chart of the results: one horizontal bar per project, its length the
 * project's votes; funded projects are solid, the others outlined. No script, readable by screen
 * readers through its title and per-bar text.
 */
public final class ResultsChart {

  private static final int LABEL = 260;
  private static final int BAR = 360;
  private static final int ROW = 26;

  private ResultsChart() {}

  public static String svg(List<EnvelopeResult> envelopes, String language) {
    BudgetMessages m = BudgetMessages.in(language);
    int rows = envelopes.stream().mapToInt(e -> e.projects().size() + 1).sum();
    int height = Math.max(ROW, rows * ROW + 10);
    int width = LABEL + BAR + 120;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(width)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width)
        .append(' ').append(height).append("\" aria-labelledby=\"budget-chart-title\">")
        .append("<title id=\"budget-chart-title\">")
        .append(Html.escape(m.get("budget.results.chart"))).append("</title>");
    int y = 0;
    for (EnvelopeResult envelope : envelopes) {
      y += ROW;
      svg.append(text(4, y - 8, envelope.name(), "bold"));
      long max = Math.max(1, envelope.projects().stream().mapToLong(ProjectResult::votes).max().orElse(1));
      for (ProjectResult p : envelope.projects()) {
        int length = (int) Math.max(2, p.votes() * BAR / max);
        svg.append(text(4, y + 17, shorten(p.title()), "normal"));
        svg.append("<rect x=\"").append(LABEL).append("\" y=\"").append(y + 4)
            .append("\" width=\"").append(length).append("\" height=\"").append(ROW - 8)
            .append("\" fill=\"").append(p.funded() ? "#1f5fa8" : "#ffffff")
            .append("\" stroke=\"#1f5fa8\" stroke-width=\"2\"><title>")
            .append(Html.escape(p.title() + " — " + p.votes() + " "
                + m.get("budget.results.votes").toLowerCase() + ", "
                + m.get(p.funded() ? "budget.results.funded" : "budget.results.notFunded")))
            .append("</title></rect>");
        svg.append(text(LABEL + length + 6, y + 17, Long.toString(p.votes()), "normal"));
        y += ROW;
      }
    }
    return svg.append("</svg>").toString();
  }

  private static String shorten(String title) {
    return title.length() <= 34 ? title : title.substring(0, 33) + "…";
  }

  private static String text(int x, int y, String content, String weight) {
    return "<text x=\"" + x + "\" y=\"" + y + "\" font-family=\"sans-serif\" font-size=\"14\""
        + " font-weight=\"" + weight + "\">" + Html.escape(content) + "</text>";
  }
}
