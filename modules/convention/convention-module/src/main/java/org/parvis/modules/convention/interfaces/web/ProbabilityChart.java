package org.parvis.modules.convention.interfaces.web;

import org.parvis.spi.i18n.Texts;
import java.util.List;
import org.parvis.modules.convention.application.ConventionReading.Chance;
import org.parvis.spi.web.Html;

/**
 * A server-drawn SVG chart of the selection probabilities: one bar per volunteer, in pool-number
 * order (no names), with a dashed line at the equal share k/n. Each bar carries its value as a
 * title, so screen readers and tooltips give the numbers.
 */
final class ProbabilityChart {

  private static final int HEIGHT = 200;
  private static final int MARGIN = 40;

  private ProbabilityChart() {}

  static String svg(List<Chance> probabilities, int panelSize, Texts t) {
    int n = Math.max(1, probabilities.size());
    int bar = Math.max(2, Math.min(24, 600 / n));
    int width = MARGIN + n * bar + 10;
    double top = Math.max(probabilities.stream().mapToDouble(Chance::probability).max().orElse(1),
        (double) panelSize / n);
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(width)
        .append("\" height=\"").append(HEIGHT + 30).append("\" viewBox=\"0 0 ").append(width)
        .append(' ').append(HEIGHT + 30).append("\" aria-labelledby=\"convention-chart-title\">")
        .append("<title id=\"convention-chart-title\">").append(Html.escape(t.get("chart")))
        .append("</title>");
    for (int i = 0; i < probabilities.size(); i++) {
      double p = probabilities.get(i).probability();
      int h = (int) Math.round(p / top * HEIGHT);
      svg.append("<rect x=\"").append(MARGIN + i * bar).append("\" y=\"").append(HEIGHT - h + 10)
          .append("\" width=\"").append(Math.max(1, bar - 1)).append("\" height=\"").append(h)
          .append("\" fill=\"#1f5fa8\"><title>")
          .append(Html.escape(t.get("chart.person", Integer.toString(probabilities.get(i).number()), percent(p, t)))).append("</title></rect>");
    }
    int equal = HEIGHT - (int) Math.round((double) panelSize / n / top * HEIGHT) + 10;
    svg.append("<line x1=\"").append(MARGIN).append("\" x2=\"").append(width - 10)
        .append("\" y1=\"").append(equal).append("\" y2=\"").append(equal)
        .append("\" stroke=\"#b3261e\" stroke-width=\"2\" stroke-dasharray=\"6 4\"><title>")
        .append(Html.escape(t.get("chart.equal") + " = " + percent((double) panelSize / n, t)))
        .append("</title></line>");
    svg.append("<text x=\"2\" y=\"18\" font-family=\"sans-serif\" font-size=\"12\">")
        .append(Html.escape(percent(top, t))).append("</text>")
        .append("<text x=\"2\" y=\"").append(HEIGHT + 10)
        .append("\" font-family=\"sans-serif\" font-size=\"12\">0 %</text>");
    return svg.append("</svg>").toString();
  }

  static String percent(double p, Texts t) {
    return String.format(t.locale(), "%.1f %%", 100 * p);
  }
}
