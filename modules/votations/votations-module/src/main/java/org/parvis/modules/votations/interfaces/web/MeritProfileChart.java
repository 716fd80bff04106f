package org.parvis.modules.votations.interfaces.web;

import static org.parvis.spi.web.Html.escape;

import java.util.List;
import java.util.Locale;
import org.parvis.modules.votations.application.VotationResults.GradeCount;
import org.parvis.modules.votations.application.VotationResults.OptionResult;

/**
 * The merit profile of a majority-judgment result as an SVG drawn on the server: one bar per
 * option (in rank order) split into its grades from best (left) to worst, with the median marked.
 * The page shows the same numbers in a table for screen readers and printing.
 */
final class MeritProfileChart {

  /** From best to worst; more grades than colours reuse the last ones. */
  private static final String[] COLOURS = {
      "#1a7f37", "#4c9a2a", "#8fb339", "#d9b310", "#e07b24", "#c9432c", "#8c1c13"};
  private static final int WIDTH = 640;
  private static final int LABEL_HEIGHT = 18;
  private static final int BAR_HEIGHT = 22;
  private static final int ROW = LABEL_HEIGHT + BAR_HEIGHT + 12;

  private MeritProfileChart() {}

  static String svg(List<OptionResult> options, List<String> gradesBestFirst, String title,
      String description) {
    int height = options.size() * ROW + 34;
    StringBuilder svg = new StringBuilder()
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"merit-profile\" role=\"img\"")
        .append(" aria-labelledby=\"mp-title mp-desc\" viewBox=\"0 0 ").append(WIDTH).append(' ')
        .append(height).append("\" width=\"100%\">")
        .append("<title id=\"mp-title\">").append(escape(title)).append("</title>")
        .append("<desc id=\"mp-desc\">").append(escape(description)).append("</desc>");
    int y = 0;
    for (OptionResult option : options) {
      long total = option.meritProfile().stream().mapToLong(GradeCount::count).sum();
      svg.append("<text x=\"0\" y=\"").append(y + 14).append("\" font-size=\"14\">")
          .append(option.rank()).append(". ").append(escape(option.label())).append("</text>");
      double x = 0;
      int grade = 0;
      for (GradeCount count : option.meritProfile()) {
        double w = total == 0 ? 0 : WIDTH * (double) count.count() / total;
        if (w > 0) {
          svg.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(y + LABEL_HEIGHT)
              .append("\" width=\"").append(fmt(w)).append("\" height=\"").append(BAR_HEIGHT)
              .append("\" fill=\"").append(colour(grade, gradesBestFirst.size())).append("\"><title>")
              .append(escape(count.grade())).append(": ").append(count.count()).append("</title></rect>");
        }
        x += w;
        grade++;
      }
      y += ROW;
    }
    svg.append("<line x1=\"").append(WIDTH / 2).append("\" x2=\"").append(WIDTH / 2)
        .append("\" y1=\"").append(LABEL_HEIGHT - 4).append("\" y2=\"").append(y)
        .append("\" stroke=\"#000\" stroke-width=\"2\" stroke-dasharray=\"4 3\"/>");
    double legendX = 0;
    int legendY = y + 16;
    for (int g = 0; g < gradesBestFirst.size(); g++) {
      svg.append("<rect x=\"").append(fmt(legendX)).append("\" y=\"").append(legendY - 11)
          .append("\" width=\"12\" height=\"12\" fill=\"").append(colour(g, gradesBestFirst.size()))
          .append("\"/><text x=\"").append(fmt(legendX + 16)).append("\" y=\"").append(legendY)
          .append("\" font-size=\"12\">").append(escape(gradesBestFirst.get(g))).append("</text>");
      legendX += 24 + 7 * gradesBestFirst.get(g).length();
    }
    return svg.append("</svg>").toString();
  }

  /** Spreads {@code size} grades over the palette, best green to worst dark red. */
  static String colour(int gradeBestFirst, int size) {
    if (size <= 1) {
      return COLOURS[0];
    }
    int index = (int) Math.round(gradeBestFirst * (COLOURS.length - 1) / (double) (size - 1));
    return COLOURS[Math.min(COLOURS.length - 1, index)];
  }

  private static String fmt(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
