package org.parvis.spi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parvis.spi.web.PointsMap.Marker;
import org.parvis.spi.web.PointsMap.Point;
import org.parvis.spi.web.PointsMap.Shape;

class PointsMapTest {

  private static final Marker GREEN_CIRCLE = new Marker(Shape.CIRCLE, "#1b6e3a");
  private static final Marker GREY_SQUARE = new Marker(Shape.SQUARE, "#5a5f5a");
  private static final Pattern CIRCLE = Pattern.compile("<circle cx=\"([0-9.]+)\" cy=\"([0-9.]+)\"");
  private static final Pattern SQUARE = Pattern.compile("<rect x=\"([0-9.]+)\" y=\"([0-9.]+)\" width=\"16\"");

  @Test
  void noPointNoMap() {
    assertEquals("", PointsMap.svg("ideas-map", "Carte", "Légende", List.of()));
  }

  @Test
  void northIsUpAndEastIsRightWithinTheFrame() {
    // Bastille (north-east) and Parc Paul Mistral (south-west) in Grenoble.
    String svg = PointsMap.svg("ideas-map", "Carte", "Légende", List.of(
        new Point("Bastille", "/a", 45.1990, 5.7250, GREEN_CIRCLE),
        new Point("Mistral", "/b", 45.1850, 5.7050, GREY_SQUARE)));
    double[] north = first(CIRCLE.matcher(svg));
    double[] south = first(SQUARE.matcher(svg));
    south = new double[] {south[0] + 8, south[1] + 8};
    assertTrue(north[0] > south[0], "east is right");
    assertTrue(north[1] < south[1], "north is up");
    for (double[] p : List.of(north, south)) {
      assertTrue(p[0] >= 0 && p[0] <= PointsMap.WIDTH, "inside the frame: " + p[0]);
    }
  }

  @Test
  void aSinglePointIsDrawnInTheMiddle() {
    double[] only = first(CIRCLE.matcher(PointsMap.svg("m", "t", "l",
        List.of(new Point("Seul", "/a", 45.19, 5.72, GREEN_CIRCLE)))));
    assertEquals(PointsMap.WIDTH / 2.0, only[0], 0.1);
  }

  @Test
  void theMapIsTitledCaptionedAndEveryPointIsANamedEscapedLink() {
    String svg = PointsMap.svg("ideas-map", "Carte des <idées>", "Chaque rond & son lien", List.of(
        new Point("Idée : Mur <peint> & \"propre\"", "/budget/e/projects/p?x=1&y=2", 45.19, 5.72,
            new Marker(Shape.TRIANGLE, "#b34700"))));
    assertTrue(svg.startsWith("<figure class=\"ideas-map\"><svg"), svg);
    assertTrue(svg.contains("role=\"group\" aria-labelledby=\"ideas-map-title\""), svg);
    assertTrue(svg.contains("<title id=\"ideas-map-title\">Carte des &lt;idées&gt;</title>"), svg);
    assertTrue(svg.contains("<a href=\"/budget/e/projects/p?x=1&amp;y=2\" aria-label=\"Idée : Mur &lt;peint&gt;"
        + " &amp; &quot;propre&quot;\">"), svg);
    assertTrue(svg.contains("<polygon"), "a triangle: " + svg);
    assertTrue(svg.contains("fill=\"#b34700\""), svg);
    assertTrue(svg.endsWith("<figcaption>Chaque rond &amp; son lien</figcaption></figure>"), svg);
    assertFalse(svg.contains("<peint>"));
    assertFalse(svg.contains("<script"));
  }

  @Test
  void aColourIsOnlyAColour() {
    assertThrows(IllegalArgumentException.class, () -> new Marker(Shape.CIRCLE, "red\" onclick=\"x"));
  }

  private static double[] first(Matcher m) {
    assertTrue(m.find());
    return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))};
  }
}
