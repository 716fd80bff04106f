package org.parvis.modules.worksites.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parvis.modules.worksites.interfaces.web.WorksitesMap.Kind;
import org.parvis.modules.worksites.interfaces.web.WorksitesMap.Point;
import org.parvis.spi.i18n.Texts;

class WorksitesMapTest {

  private static final Texts FR = Texts.of("messages.worksites", "fr");
  private static final Pattern CIRCLE = Pattern.compile("<circle cx=\"([0-9.]+)\" cy=\"([0-9.]+)\"");
  private static final Pattern SQUARE = Pattern.compile("<rect x=\"([0-9.]+)\" y=\"([0-9.]+)\" width=\"16\"");

  @Test
  void noPointNoMap() {
    assertEquals("", WorksitesMap.svg(List.of(), FR));
  }

  @Test
  void northIsUpAndEastIsRightWithinTheFrame() {
    // Bastille (north-east) and Parc Paul Mistral (south-west) in Grenoble.
    String svg = WorksitesMap.svg(List.of(
        new Point("Bastille", "/worksites/a", 45.1990, 5.7250, Kind.UPCOMING),
        new Point("Mistral", "/worksites/b", 45.1850, 5.7050, Kind.PAST)), FR);
    double[] north = first(CIRCLE.matcher(svg));
    double[] south = first(SQUARE.matcher(svg));
    south = new double[] {south[0] + 8, south[1] + 8};
    assertTrue(north[0] > south[0], "east is right");
    assertTrue(north[1] < south[1], "north is up");
    for (double[] p : List.of(north, south)) {
      assertTrue(p[0] >= 0 && p[0] <= WorksitesMap.WIDTH, "inside the frame: " + p[0]);
    }
  }

  @Test
  void everyPointIsANamedLinkAndTextIsEscaped() {
    String svg = WorksitesMap.svg(List.of(
        new Point("Mur <peint> & \"propre\"", "/worksites/reports/r1", 45.19, 5.72, Kind.REPORT)), FR);
    assertTrue(svg.contains("<a href=\"/worksites/reports/r1\" aria-label=\"Signalement : Mur &lt;peint&gt; &amp;"
        + " &quot;propre&quot;\">"), svg);
    assertTrue(svg.contains("<polygon"), "a report is a triangle: " + svg);
    assertFalse(svg.contains("<peint>"));
    assertTrue(svg.contains("<figcaption>Rond vert"), "the legend says it in words");
  }

  private static double[] first(Matcher m) {
    assertTrue(m.find());
    return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))};
  }
}
