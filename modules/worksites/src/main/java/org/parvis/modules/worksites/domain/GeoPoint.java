package org.parvis.modules.worksites.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A point on the map in WGS 84 degrees (the coordinates GeoJSON and every map use). */
@Embeddable
public class GeoPoint {

  @Column(name = "latitude", nullable = false)
  private double latitude;

  @Column(name = "longitude", nullable = false)
  private double longitude;

  protected GeoPoint() {}

  private GeoPoint(double latitude, double longitude) {
    this.latitude = latitude;
    this.longitude = longitude;
  }

  /** @throws WorksiteRuleException when a coordinate is out of range or not a number */
  public static GeoPoint of(double latitude, double longitude) {
    if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
      throw new WorksiteRuleException("invalid-point",
          "latitude must be in [-90, 90] and longitude in [-180, 180]");
    }
    return new GeoPoint(latitude, longitude);
  }

  public double latitude() {
    return latitude;
  }

  public double longitude() {
    return longitude;
  }
}
