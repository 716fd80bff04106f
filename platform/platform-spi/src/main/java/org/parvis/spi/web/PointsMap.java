package org.parvis.spi.web;

import static org.parvis.spi.web.Html.escape;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A map of places drawn by the server as SVG: no map tiles, no script, nothing fetched from another site. Points are
 * placed on the smallest box around them (longitudes scaled by the cosine of the latitude, so that distances look
 * right at a commune's scale); north is up. Each point is a link whose accessible name says what it is; its marker
 * has a shape as well as a colour, so that the map reads without colour. The map has a title and a caption (the
 * legend, in words); the page keeps a list of the same places beside it.
 */
public final class PointsMap {

  /** The width of the drawing, in SVG units (it scales down to its container). */
  public static final int WIDTH = 640;
  private static final int MARGIN = 24;
  private static final double MIN_SPAN_DEGREES = 0.004;

  /** The shape of a marker. */
  public enum Shape { CIRCLE, SQUARE, TRIANGLE }

  /** How a point is drawn: a shape filled with a colour written {@code #rrggbb}. */
  public record Marker(Shape shape, String colour) {
    public Marker {
      Objects.requireNonNull(shape, "shape");
      if (colour == null || !colour.matches("#[0-9a-fA-F]{6}")) {
        throw new IllegalArgumentException("a colour as #rrggbb: " + colour);
      }
    }
  }

  /** A place: its accessible name (what it is and its title, already in the page's language) and its page. */
  public record Point(String name, String href, double latitude, double longitude, Marker marker) {
    public Point {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(href, "href");
      Objects.requireNonNull(marker, "marker");
    }
  }

  private PointsMap() {}

  /**
   * The map in a {@code <figure>} of class {@code id}, its SVG titled {@code title} (element id {@code id-title}) and
   * captioned with {@code legend}; nothing when there is no point to show.
   */
  public static String svg(String id, String title, String legend, List<Point> points) {
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

    String titleId = escape(id) + "-title";
    StringBuilder svg = new StringBuilder();
    svg.append("<figure class=\"").append(escape(id)).append("\"><svg xmlns=\"http://www.w3.org/2000/svg\"")
        .append(" role=\"group\" aria-labelledby=\"").append(titleId).append("\" width=\"100%\" viewBox=\"0 0 ")
        .append(WIDTH).append(' ').append(height).append("\" style=\"max-width:").append(WIDTH)
        .append("px;background:#f4f6f4\">")
        .append("<title id=\"").append(titleId).append("\">").append(escape(title)).append("</title>")
        .append("<style>a:focus > *, a:hover > * { stroke: #000; stroke-width: 4; }</style>")
        .append("<rect x=\"0.5\" y=\"0.5\" width=\"").append(WIDTH - 1).append("\" height=\"").append(height - 1)
        .append("\" fill=\"none\" stroke=\"#8a8f8a\"/>");
    for (Point p : points) {
      double x = WIDTH / 2.0 + (p.longitude() - midLon) * scaleLon * pixelsPerDegree;
      double y = height / 2.0 - (p.latitude() - midLat) * pixelsPerDegree;
      svg.append("<a href=\"").append(escape(p.href())).append("\" aria-label=\"").append(escape(p.name()))
          .append("\">").append(shape(p.marker(), x, y)).append("<title>").append(escape(p.name()))
          .append("</title></a>");
    }
    svg.append("</svg><figcaption>").append(escape(legend)).append("</figcaption></figure>");
    return svg.toString();
  }

  private static String shape(Marker marker, double x, double y) {
    String paint = "\" fill=\"" + marker.colour() + "\" stroke=\"#fff\" stroke-width=\"2\"/>";
    return switch (marker.shape()) {
      case CIRCLE -> "<circle cx=\"" + n(x) + "\" cy=\"" + n(y) + "\" r=\"9" + paint;
      case SQUARE -> "<rect x=\"" + n(x - 8) + "\" y=\"" + n(y - 8) + "\" width=\"16\" height=\"16" + paint;
      case TRIANGLE -> "<polygon points=\"" + n(x) + "," + n(y - 10) + " " + n(x + 9) + "," + n(y + 7) + " "
          + n(x - 9) + "," + n(y + 7) + paint;
    };
  }

  private static String n(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
