package org.parvis.modules.consultations.interfaces.web;

import static org.parvis.spi.web.Html.escape;

import java.util.List;
import java.util.Locale;

/**
 * One question's counts as horizontal bars drawn on the server (SVG, no script): a label above each bar, the
 * count and share written after it, so that the chart reads without colour. The page shows the same numbers in a
 * table beside it for screen readers and printing; the SVG is an image titled and described for them.
 */
final class BarChart {

  private static final int WIDTH = 640;
  private static final int LABEL_HEIGHT = 18;
  private static final int BAR_HEIGHT = 20;
  private static final int ROW = LABEL_HEIGHT + BAR_HEIGHT + 10;
  private static final int BAR_SPACE = 480;

  /** A bar: its label and its number, and the number written (e.g. {@code 12 (40 %)}). */
  record Bar(String label, long value, String written) {}

  private BarChart() {}

  static String svg(String id, String title, String description, List<Bar> bars) {
    long max = bars.stream().mapToLong(Bar::value).max().orElse(0);
    int height = bars.size() * ROW + 4;
    StringBuilder svg = new StringBuilder()
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bar-chart\" role=\"img\" aria-labelledby=\"")
        .append(id).append("-title ").append(id).append("-desc\" viewBox=\"0 0 ").append(WIDTH).append(' ')
        .append(height).append("\" width=\"100%\">")
        .append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>")
        .append("<desc id=\"").append(id).append("-desc\">").append(escape(description)).append("</desc>");
    int y = 0;
    for (Bar bar : bars) {
      double w = max == 0 ? 0 : BAR_SPACE * (double) bar.value() / max;
      svg.append("<text x=\"0\" y=\"").append(y + 14).append("\" font-size=\"14\">").append(escape(bar.label()))
          .append("</text>")
          .append("<rect x=\"0\" y=\"").append(y + LABEL_HEIGHT).append("\" width=\"")
          .append(String.format(Locale.ROOT, "%.1f", w)).append("\" height=\"").append(BAR_HEIGHT)
          .append("\" fill=\"#1d5fa8\"/>")
          .append("<text x=\"").append(String.format(Locale.ROOT, "%.1f", w + 6)).append("\" y=\"")
          .append(y + LABEL_HEIGHT + 15).append("\" font-size=\"13\">").append(escape(bar.written()))
          .append("</text>");
      y += ROW;
    }
    return svg.append("</svg>").toString();
  }
}
