package org.parvis.modules.consultations.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BarChartTest {

  @Test
  void barsAreScaledToTheLargestAndEveryTextIsEscaped() {
    String svg = BarChart.svg("chart-q1", "Vélo <ou> pied ?", "Nombre de réponses", List.of(
        new BarChart.Bar("À <vélo>", 10, "10 (67 %)"), new BarChart.Bar("À pied", 5, "5 (33 %)"),
        new BarChart.Bar("Rien", 0, "0 (0 %)")));
    assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""), svg);
    assertTrue(svg.contains("aria-labelledby=\"chart-q1-title chart-q1-desc\""), svg);
    assertTrue(svg.contains("<title id=\"chart-q1-title\">Vélo &lt;ou&gt; pied ?</title>"), svg);
    assertTrue(svg.contains("À &lt;vélo&gt;"), svg);
    assertFalse(svg.contains("<vélo>"), svg);
    assertTrue(svg.contains("width=\"480.0\""), svg);
    assertTrue(svg.contains("width=\"240.0\""), svg);
    assertTrue(svg.contains("width=\"0.0\""), svg);
    assertEquals(3, svg.split("<rect ").length - 1, svg);
  }

  @Test
  void nothingCountedDrawsEmptyBars() {
    String svg = BarChart.svg("c", "T", "D", List.of(new BarChart.Bar("A", 0, "0")));
    assertTrue(svg.contains("width=\"0.0\""), svg);
  }
}
