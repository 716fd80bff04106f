package org.parvis.modules.worksites.interfaces.web;

import java.util.List;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.web.PointsMap;
import org.parvis.spi.web.PointsMap.Marker;
import org.parvis.spi.web.PointsMap.Shape;

/**
 * The public map of worksites and reports, drawn by the platform's {@link PointsMap} (server-side SVG, no tiles, no
 * script). Each kind has its own shape as well as its own colour, so that it reads without colour; each point is a
 * link named by its kind and title. The list beside the map says the same in words.
 */
final class WorksitesMap {

  static final int WIDTH = PointsMap.WIDTH;

  /** What a point is; drawn as a circle, a square or a triangle. */
  enum Kind {
    UPCOMING(new Marker(Shape.CIRCLE, "#1b6e3a")),
    PAST(new Marker(Shape.SQUARE, "#5a5f5a")),
    REPORT(new Marker(Shape.TRIANGLE, "#b34700"));

    private final Marker marker;

    Kind(Marker marker) {
      this.marker = marker;
    }
  }

  record Point(String label, String href, double latitude, double longitude, Kind kind) {}

  private WorksitesMap() {}

  /** The map, or nothing when there is no point to show. */
  static String svg(List<Point> points, Texts t) {
    return PointsMap.svg("worksites-map", t.get("map.title"), t.get("map.legend"), points.stream()
        .map(p -> new PointsMap.Point(t.get("map.point." + p.kind(), p.label()), p.href(), p.latitude(),
            p.longitude(), p.kind().marker))
        .toList());
  }
}
