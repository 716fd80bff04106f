package org.parvis.modules.worksites.interfaces.web;

import static org.parvis.spi.web.Html.escape;

import java.util.List;
import java.util.Locale;
import org.parvis.spi.i18n.Texts;

/**
 * The public map of worksites and reports, drawn by the server as SVG: no map tiles, no script, nothing fetched
 * from another site. Points are placed on the smallest box around them (longitudes scaled by the cosine of the
 * latitude, so that distances look right at a commune's scale). Each kind has its own shape as well as its own
 * colour, so that it reads without colour; each point is a link with an accessible name to its page. The list
 * beside the map says the same in words.
 */
final class WorksitesMap {

  static final int WIDTH = 640;
  private static final int MARGIN = 24;
  private static final double MIN_SPAN_DEGREES = 0.004;

  /** What a point is; drawn as a circle, a square or a triangle. */
  enum Kind { UPCOMING, PAST, REPORT }

  record Point(String label, String href, double latitude, double longitude, Kind kind) {}

  private WorksitesMap() {}

  /** The map, or nothing when there is no point to show. */
  static String svg(List<Point> points, Texts t) {
    if (points.isEmpty()) {
      return "";
    }
    double minLat = points.stream().mapToDouble(Point::latitude).min().orElseThrow();
    double maxLat = points.stream().mapToDouble(Point::latitude).max().orElseThrow();
    double minLon = points.stream().mapToDouble(Point::longitude).min().orElseThrow();
    double maxLon = points.stream().mapToDouble(Point::longitude).max().orElseThrow();
    double scaleLon = Math.cos(Math.toRadians((minLat + maxLat) / 2));
    double spanLat = Math.max(maxLat - minLat, MIN_SPAN_DEGREES);
    double spanLon = Math.max((maxLon - minLon) * scaleLon, MIN_SPAN_DEGREES);
    double midLat = (minLat + maxLat) / 2;
    double midLon = (minLon + maxLon) / 2;
    int inner = WIDTH - 2 * MARGIN;
    int height = (int) Math.round(Math.min(Math.max(inner * spanLat / spanLon, 160), 480)) + 2 * MARGIN;
    double pixelsPerDegree = Math.min(inner / spanLon, (height - 2 * MARGIN) / spanLat);

    StringBuilder svg = new StringBuilder();
    svg.append("<figure class=\"worksites-map\"><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"group\" ")
        .append("aria-labelledby=\"worksites-map-title\" width=\"100%\" viewBox=\"0 0 ").append(WIDTH).append(' ')
        .append(height).append("\" style=\"max-width:").append(WIDTH).append("px;background:#f4f6f4\">")
        .append("<title id=\"worksites-map-title\">").append(escape(t.get("map.title"))).append("</title>")
        .append("<style>a:focus > *, a:hover > * { stroke: #000; stroke-width: 4; }</style>")
        .append("<rect x=\"0.5\" y=\"0.5\" width=\"").append(WIDTH - 1).append("\" height=\"").append(height - 1)
        .append("\" fill=\"none\" stroke=\"#8a8f8a\"/>");
    for (Point p : points) {
      double x = WIDTH / 2.0 + (p.longitude() - midLon) * scaleLon * pixelsPerDegree;
      double y = height / 2.0 - (p.latitude() - midLat) * pixelsPerDegree;
      String name = t.get("map.point." + p.kind(), p.label());
      svg.append("<a href=\"").append(escape(p.href())).append("\" aria-label=\"").append(escape(name))
          .append("\">").append(shape(p.kind(), x, y)).append("<title>").append(escape(name))
          .append("</title></a>");
    }
    svg.append("</svg><figcaption>").append(escape(t.get("map.legend"))).append("</figcaption></figure>");
    return svg.toString();
  }

  private static String shape(Kind kind, double x, double y) {
    return switch (kind) {
      case UPCOMING -> "<circle cx=\"" + n(x) + "\" cy=\"" + n(y) + "\" r=\"9\" fill=\"#1b6e3a\" stroke=\"#fff\""
          + " stroke-width=\"2\"/>";
      case PAST -> "<rect x=\"" + n(x - 8) + "\" y=\"" + n(y - 8) + "\" width=\"16\" height=\"16\""
          + " fill=\"#5a5f5a\" stroke=\"#fff\" stroke-width=\"2\"/>";
      case REPORT -> "<polygon points=\"" + n(x) + "," + n(y - 10) + " " + n(x + 9) + "," + n(y + 7) + " "
          + n(x - 9) + "," + n(y + 7) + "\" fill=\"#b34700\" stroke=\"#fff\" stroke-width=\"2\"/>";
    };
  }

  private static String n(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
