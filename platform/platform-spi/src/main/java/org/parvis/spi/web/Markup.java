package org.parvis.spi.web;

import java.util.Objects;

/**
 * Markup that the code itself drew and tests — an SVG chart or map — to put in a template unescaped with {@code
 * {chart.html}}. Never text from people: everything in it that came from them was escaped by the drawing class.
 */
public record Markup(String drawn) {

  public Markup {
    Objects.requireNonNull(drawn, "drawn");
  }
}
