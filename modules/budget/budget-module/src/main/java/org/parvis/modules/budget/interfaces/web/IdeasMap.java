package org.parvis.modules.budget.interfaces.web;

import static org.parvis.spi.web.Html.escape;

import java.util.List;
import java.util.UUID;
import org.parvis.modules.budget.application.BudgetMessages;
import org.parvis.modules.budget.domain.Idea;
import org.parvis.spi.web.PointsMap;
import org.parvis.spi.web.PointsMap.Marker;
import org.parvis.spi.web.PointsMap.Shape;

/**
 * The edition page's map of the ideas (before the vote) or projects (from the vote on) that give a
 * place, drawn by the platform's {@link PointsMap}: each point links to the idea's page. The
 * lists of the envelopes below give the same ideas, with those that give no place.
 */
final class IdeasMap {

  private static final Marker IDEA = new Marker(Shape.CIRCLE, "#1b4f8a");
  private static final Marker PROJECT = new Marker(Shape.SQUARE, "#6a3d9a");

  private IdeasMap() {}

  /** The map in its section, or nothing when none of {@code shown} gives a place. */
  static String of(UUID edition, List<Idea> shown, boolean projects, BudgetMessages m) {
    String kind = projects ? "projects" : "ideas";
    List<PointsMap.Point> points = shown.stream()
        .filter(i -> i.latitude() != null && i.longitude() != null)
        .map(i -> new PointsMap.Point(m.get("budget.map.point." + kind, i.title()),
            "/budget/" + edition + "/projects/" + i.id(), i.latitude(), i.longitude(),
            projects ? PROJECT : IDEA))
        .toList();
    if (points.isEmpty()) {
      return "";
    }
    return "<section aria-labelledby=\"ideas-map-heading\"><h2 id=\"ideas-map-heading\">"
        + escape(m.get("budget.map.heading." + kind)) + "</h2>"
        + PointsMap.svg("ideas-map", m.get("budget.map.title." + kind),
            m.get("budget.map.legend." + kind), points)
        + "</section>";
  }
}
