package org.parvis.spi.geo;

import java.util.Locale;
import java.util.Optional;
import org.parvis.spi.problem.ProblemException;

/**
 * The area a tenant covers, as a box of latitudes and longitudes (WGS 84 degrees): points placed on its maps (an
 * idea, a report) must fall inside it, so that a slip of the finger or a swapped coordinate does not put a point in
 * another country and squash the map.
 */
public record Area(double south, double west, double north, double east) {

  /** The problem a point outside the area gives; modules translate it as {@code problem.outside-area}. */
  public static final String OUTSIDE = "urn:parvis:problem:outside-area";

  public Area {
    if (!(south >= -90 && north <= 90 && south < north)) {
      throw new IllegalArgumentException("South must be below north, both between -90 and 90");
    }
    if (!(west >= -180 && east <= 180 && west < east)) {
      throw new IllegalArgumentException("West must be left of east, both between -180 and 180");
    }
  }

  public boolean contains(double latitude, double longitude) {
    return latitude >= south && latitude <= north && longitude >= west && longitude <= east;
  }

  /**
   * Refuses a point outside the area on field {@code field} (the latitude's, usually), with what the area is in
   * the problem's detail. A missing coordinate is not checked here.
   */
  public void requireInside(Double latitude, Double longitude, String field) {
    if (latitude != null && longitude != null && !contains(latitude, longitude)) {
      throw ProblemException.invalidField(OUTSIDE, field, "The point (" + latitude + ", " + longitude
          + ") is outside the area " + this.text());
    }
  }

  /** The area as {@code south,west,north,east}, for settings and data attributes. */
  public String text() {
    return String.format(Locale.ROOT, "%s,%s,%s,%s", south, west, north, east);
  }

  /** An area written as {@link #text()}; empty when blank or not an area. */
  public static Optional<Area> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String[] parts = text.split(",");
    if (parts.length != 4) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Area(Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()),
          Double.parseDouble(parts[2].strip()), Double.parseDouble(parts[3].strip())));
    } catch (IllegalArgumentException notAnArea) {
      return Optional.empty();
    }
  }
}
