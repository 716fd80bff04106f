package org.parvis.core.tenant.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** How a tenant's portal looks: the name shown, two colours and a logo. */
@Embeddable
public class Branding {

  @Column(name = "branding_name")
  private String name;

  @Column(name = "primary_color")
  private String primaryColor;

  @Column(name = "secondary_color")
  private String secondaryColor;

  @Column(name = "logo_url")
  private String logoUrl;

  protected Branding() {}

  public Branding(String name, String primaryColor, String secondaryColor, String logoUrl) {
    this.name = name;
    this.primaryColor = primaryColor;
    this.secondaryColor = secondaryColor;
    this.logoUrl = logoUrl;
  }

  public String name() {
    return name;
  }

  public String primaryColor() {
    return primaryColor;
  }

  public String secondaryColor() {
    return secondaryColor;
  }

  public String logoUrl() {
    return logoUrl;
  }
}
